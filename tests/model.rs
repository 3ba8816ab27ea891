//! The Stack on a real plan (testdata/model/references): modules two levels deep, count and
//! for_each, references without an index, a local, prior-state IDs, sensitive values, deleted
//! and replaced resources, and data sources in prior state.

mod common;

use common::id;
use tfaudit::load::{self, Input};
use tfaudit::model::{Action, Eff, Key, Mode, Stack};

fn with_stack(f: impl FnOnce(&Stack)) {
    common::with_plan("model/references/plan.json", f);
}

fn pointing(stack: &Stack, to: &str, from_type: &str, attr: &str) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = stack
        .pointing_at(id(stack, to), from_type, attr)
        .iter()
        .map(|e| {
            (
                stack.resources[e.from].address.to_string(),
                e.via.to_string(),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn flow_logs_found_through_nested_modules_and_for_each_instances() {
    with_stack(|s| {
        assert_eq!(
            pointing(s, "aws_vpc.main", "aws_flow_log", "vpc_id"),
            vec![
                (
                    "module.outer.module.inner.aws_flow_log.this".to_string(),
                    "module.outer.module.inner.var.vpc_id ← module.outer.var.vpc_id ← aws_vpc.main.id".to_string()
                ),
                (
                    r#"module.per_env["dev"].aws_flow_log.this"#.to_string(),
                    "module.per_env.var.vpc_id ← aws_vpc.main.id".to_string()
                ),
                (
                    r#"module.per_env["prod"].aws_flow_log.this"#.to_string(),
                    "module.per_env.var.vpc_id ← aws_vpc.main.id".to_string()
                ),
            ]
        );
    });
}

#[test]
fn module_output_resolves_to_the_resource_inside() {
    with_stack(|s| {
        let r = &s.resources[id(s, "aws_ssm_parameter.flow_log_id")];
        match s.eff(r, "value") {
            Eff::FromResources { ids, reference } => {
                let targets: Vec<&str> = ids.iter().map(|&i| &*s.resources[i].address).collect();
                assert_eq!(targets, vec!["module.outer.module.inner.aws_flow_log.this"]);
                assert_eq!(
                    reference,
                    "module.outer.flow_log_id ← module.outer.module.inner.flow_log_id ← module.outer.module.inner.aws_flow_log.this.id"
                );
            }
            other => panic!("{other:?}"),
        }
    });
}

#[test]
fn count_and_for_each_instances_and_indexed_references() {
    with_stack(|s| {
        let subnet0 = &s.resources[id(s, "aws_subnet.private[0]")];
        assert_eq!(subnet0.index, Some(Key::Int(0)));
        let rt_a = &s.resources[id(s, r#"aws_route_table.rt["a"]"#)];
        assert_eq!(rt_a.index, Some(Key::Str("a".into())));
        // `aws_subnet.private[count.index]` pairs instance 0 with subnet 0 only.
        assert_eq!(
            pointing(
                s,
                "aws_subnet.private[0]",
                "aws_route_table_association",
                "subnet_id"
            ),
            vec![(
                "aws_route_table_association.assoc[0]".to_string(),
                "aws_subnet.private".to_string()
            )]
        );
        // A literal index picks one instance: both associations use rt["a"], none rt["b"].
        assert_eq!(
            pointing(
                s,
                r#"aws_route_table.rt["a"]"#,
                "aws_route_table_association",
                "route_table_id"
            )
            .len(),
            2
        );
        assert!(pointing(
            s,
            r#"aws_route_table.rt["b"]"#,
            "aws_route_table_association",
            "route_table_id"
        )
        .is_empty());
    });
}

#[test]
fn reference_without_index_means_every_instance() {
    with_stack(|s| {
        let ep = &s.resources[id(s, "aws_vpc_endpoint.s3")];
        match s.eff(ep, "route_table_ids") {
            Eff::FromResources { ids, .. } => {
                let mut t: Vec<&str> = ids.iter().map(|&i| &*s.resources[i].address).collect();
                t.sort();
                assert_eq!(
                    t,
                    vec![r#"aws_route_table.rt["a"]"#, r#"aws_route_table.rt["b"]"#]
                );
            }
            other => panic!("{other:?}"),
        }
    });
}

#[test]
fn a_local_is_a_dead_end_and_reported_as_unresolved() {
    with_stack(|s| {
        let u = s.unresolved("aws_security_group", "vpc_id");
        assert_eq!(u.len(), 1);
        assert_eq!(
            &*s.resources[u[0].from].address,
            "aws_security_group.via_local"
        );
        assert_eq!(
            u[0].reason,
            "local.vpc_id (locals are not in the plan JSON; give --source-dir)"
        );
        assert!(pointing(s, "aws_vpc.main", "aws_security_group", "vpc_id").is_empty());
    });
}

#[test]
fn with_the_source_a_local_is_followed_to_its_resource() {
    let dir = format!("{}/testdata/model/references", env!("CARGO_MANIFEST_DIR"));
    let source = tfaudit::source::Source::load(std::path::Path::new(&dir));
    let src = tfaudit::load::read(&tfaudit::load::Input::Path(
        format!("{dir}/plan.json").into(),
    ))
    .unwrap();
    let plan = tfaudit::load::parse(&src).unwrap();
    let s = Stack::build_with(&plan, Some(&source.exprs));
    assert!(s.unresolved("aws_security_group", "vpc_id").is_empty());
    assert_eq!(
        pointing(&s, "aws_vpc.main", "aws_security_group", "vpc_id")
            .into_iter()
            .filter(|(from, _)| from == "aws_security_group.via_local")
            .collect::<Vec<_>>(),
        vec![(
            "aws_security_group.via_local".to_string(),
            "local.vpc_id ← aws_vpc.main.id".to_string()
        )]
    );
}

#[test]
fn known_ids_from_prior_state_link_literals_to_resources() {
    with_stack(|s| {
        let legacy = &s.resources[id(s, "aws_vpc.legacy")];
        assert_eq!(legacy.action, Action::NoOp);
        assert_eq!(
            pointing(s, "aws_vpc.legacy", "aws_flow_log", "vpc_id"),
            vec![(
                "aws_flow_log.by_known_id".to_string(),
                "known ID vpc-0a1b2c3d4e5f60718".to_string()
            )]
        );
    });
}

#[test]
fn deleted_and_replaced_resources() {
    with_stack(|s| {
        let removed = &s.resources[id(s, "aws_flow_log.removed")];
        assert_eq!(removed.action, Action::Delete);
        // Its values are the ones it had; it points at the legacy VPC but no longer counts.
        assert_eq!(
            removed.values.get("vpc_id").and_then(|v| v.as_str()),
            Some("vpc-0a1b2c3d4e5f60718")
        );
        assert!(!pointing(s, "aws_vpc.legacy", "aws_flow_log", "vpc_id")
            .iter()
            .any(|(a, _)| a == "aws_flow_log.removed"));
        assert_eq!(
            s.resources[id(s, "aws_vpc.replaced")].action,
            Action::Replace
        );
        let replaced = &s.resources[id(s, "aws_vpc.replaced")];
        assert_eq!(
            replaced.values.get("cidr_block").and_then(|v| v.as_str()),
            Some("10.60.0.0/16")
        );
    });
}

#[test]
fn data_sources_in_prior_state() {
    with_stack(|s| {
        let doc = &s.resources[id(s, "data.aws_iam_policy_document.doc")];
        assert_eq!(doc.mode, Mode::Data);
        assert_eq!(doc.action, Action::Read);
        let json = doc.values.get("json").and_then(|v| v.as_str()).unwrap();
        assert!(json.contains("s3:GetObject"));
    });
}

#[test]
fn sensitive_values_are_flagged_and_masked() {
    with_stack(|s| {
        let db = &s.resources[id(s, "aws_db_instance.db")];
        assert!(s.is_sensitive(db, "password"));
        let v = db.values.get("password").unwrap();
        // The value is masked; where it comes from is not.
        assert_eq!(
            s.show(db, "password", v),
            "(sensitive) (from var.db_password)"
        );
        assert_eq!(s.text(db, "password", v), "(sensitive)");
        assert!(!s.is_sensitive(db, "engine"));
    });
}

#[test]
fn regions_come_from_provider_configurations_through_variables() {
    with_stack(|s| {
        assert_eq!(
            s.region(&s.resources[id(s, "aws_vpc.main")]).as_deref(),
            Some("eu-west-1")
        );
        assert_eq!(
            s.region(&s.resources[id(s, "aws_vpc.east")]).as_deref(),
            Some("us-east-2")
        );
        // Module resources use the configuration their module inherits.
        assert_eq!(
            s.region(&s.resources[id(s, "module.outer.module.inner.aws_flow_log.this")])
                .as_deref(),
            Some("eu-west-1")
        );
    });
}

#[test]
fn resources_are_sorted_by_address_whatever_the_input_order() {
    with_stack(|s| {
        let addrs: Vec<&str> = s.resources.iter().map(|r| &*r.address).collect();
        let mut sorted = addrs.clone();
        sorted.sort();
        assert_eq!(addrs, sorted);
        assert_eq!(addrs.len(), 20);
    });
}

#[test]
fn resources_being_destroyed_are_never_judged() {
    with_stack(|s| {
        let all: Vec<&'static dyn tfaudit::rules::Rule> = tfaudit::rules::registry().to_vec();
        let evals = tfaudit::rules::run(s, &all, &tfaudit::rules::Params::default());
        assert!(!evals.is_empty());
        // Only the deletion itself is judged (AWS-DEL-001), never the deleted flow log's
        // settings; it passes: aws_flow_log.by_known_id is created on the same VPC.
        let on_removed: Vec<(&str, &str)> = evals
            .iter()
            .filter(|e| &*e.address == "aws_flow_log.removed")
            .map(|e| (e.rule.id, e.status.as_str()))
            .collect();
        assert_eq!(on_removed, vec![("AWS-DEL-001", "pass")]);
        // The replacement is judged: it stays.
        assert!(evals
            .iter()
            .any(|e| &*e.address == "aws_vpc.replaced" && e.rule.id == "AWS-VPC-001"));
    });
}

#[test]
fn each_value_of_a_for_each_over_resources_is_the_instance_with_the_same_key() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/testdata/rules/AWS-WAF-002/plan.json"
    );
    let src = load::read(&Input::Path(path.into())).unwrap();
    let plan = load::parse(&src).unwrap();
    let s = Stack::build(&plan);
    for key in ["a", "b"] {
        let lb = format!(r#"aws_lb.pass_for_each_associated_in_module["{key}"]"#);
        assert_eq!(
            pointing(&s, &lb, "aws_wafv2_web_acl_association", "resource_arn"),
            vec![(
                format!(r#"module.waf["{key}"].aws_wafv2_web_acl_association.this"#),
                format!(
                    r#"module.waf.var.lb_arn ← aws_lb.pass_for_each_associated_in_module["{key}"]"#
                )
            )]
        );
    }
}

/// `removed { lifecycle { destroy = false } }`: the object is forgotten, not deleted. Only
/// AWS-DEL-001 speaks of it (a pass), and it still covers its VPC (the flow log exists).
#[test]
fn forgotten_resources_are_neither_deleted_nor_judged_as_kept() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/testdata/rules/AWS-DEL-001-equivalent/plan.json"
    );
    let src = load::read(&Input::Path(path.into())).unwrap();
    let plan = load::parse(&src).unwrap();
    let s = Stack::build(&plan);
    let r = &s.resources[id(&s, "aws_flow_log.pass_forgotten")];
    assert_eq!(r.action, tfaudit::model::Action::Forget);
    assert!(!r.is_deleted());
    assert_eq!(
        r.values.get("vpc_id").and_then(|v| v.as_str()),
        Some("vpc-0b1b2c3d4e5f60718")
    );
    let all: Vec<&'static dyn tfaudit::rules::Rule> = tfaudit::rules::registry().to_vec();
    let evals = tfaudit::rules::run(&s, &all, &tfaudit::rules::Params::default());
    let on_forgotten: Vec<(&str, &str)> = evals
        .iter()
        .filter(|e| &*e.address == "aws_flow_log.pass_forgotten")
        .map(|e| (e.rule.id, e.status.as_str()))
        .collect();
    assert_eq!(on_forgotten, vec![("AWS-DEL-001", "pass")]);
    assert!(evals.iter().any(|e| &*e.address == "aws_vpc.other"
        && e.rule.id == "AWS-VPC-001"
        && e.status.as_str() == "pass"));
}
