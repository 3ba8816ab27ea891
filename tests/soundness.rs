//! The resolver's soundness classes (issue 12) on one real plan, testdata/model/soundness:
//! a Pass may rest only on what the plan proves; what cannot be told is Unresolved, with why.

mod common;

use common::id;
use tfaudit::load::{self, Input};
use tfaudit::model::{Eff, Stack};

fn with_stack(f: impl FnOnce(&Stack)) {
    common::with_plan("model/soundness/plan.json", f);
}

fn pointing(stack: &Stack, to: &str, from_type: &str, attr: &str) -> Vec<String> {
    let mut v: Vec<String> = stack
        .pointing_at(id(stack, to), from_type, attr)
        .iter()
        .map(|e| stack.resources[e.from].address.to_string())
        .collect();
    v.sort();
    v
}

fn unresolved(stack: &Stack, from_type: &str, attr: &str) -> Vec<String> {
    let mut v: Vec<String> = stack
        .unresolved(from_type, attr)
        .iter()
        .map(|u| stack.resources[u.from].address.to_string())
        .collect();
    v.sort();
    v
}

fn eff<'p>(stack: &Stack<'p>, address: &str, path: &str) -> Eff<'p> {
    stack.eff(&stack.resources[id(stack, address)], path)
}

fn targets(stack: &Stack, e: &Eff) -> Vec<String> {
    match e {
        Eff::FromResources { ids, .. } => ids
            .iter()
            .map(|&i| stack.resources[i].address.to_string())
            .collect(),
        other => panic!("not from resources: {other:?}"),
    }
}

fn unresolved_reason(e: &Eff) -> String {
    match e {
        Eff::Unresolved(why) => why.clone(),
        other => panic!("not unresolved: {other:?}"),
    }
}

#[test]
fn a_known_value_beats_the_configuration() {
    with_stack(|s| {
        // `var.on ? aws_vpc.main.id : null` is null in the plan, and
        // `var.use_shared ? var.shared_vpc_id : aws_vpc.main.id` another VPC's ID: no link.
        let flow_logs = pointing(s, "aws_vpc.main", "aws_flow_log", "vpc_id");
        assert_eq!(
            flow_logs,
            vec!["aws_flow_log.try_module_off", "aws_flow_log.via_data"]
        );
        // Unknown in the plan (an Optional+Computed set): the choice is not shown, so Unknown.
        let why = unresolved_reason(&eff(s, "aws_vpc_endpoint.conditional", "route_table_ids"));
        assert!(
            why.contains("var.on") && why.contains("aws_route_table.a.id"),
            "{why}"
        );
        assert!(pointing(
            s,
            "aws_route_table.a",
            "aws_vpc_endpoint",
            "route_table_ids"
        )
        .iter()
        .all(|a| a != "aws_vpc_endpoint.conditional"));
    });
}

#[test]
fn a_block_without_instances_is_no_link() {
    with_stack(|s| {
        let why = unresolved_reason(&eff(s, "aws_vpc_endpoint.zero", "route_table_ids"));
        assert!(!why.is_empty());
        assert_eq!(
            targets(
                s,
                &eff(s, "aws_vpc_endpoint.zero_and_one", "route_table_ids")
            ),
            vec!["aws_route_table.a"]
        );
    });
}

#[test]
fn instances_pair_exactly_or_stay_unresolved() {
    with_stack(|s| {
        // count.index pairs by index; `aws_vpc.many[each.value]` by the element's known value.
        assert_eq!(
            pointing(s, "aws_vpc.many[0]", "aws_flow_log", "vpc_id"),
            vec![
                "aws_flow_log.paired[0]",
                r#"module.m["a"].aws_flow_log.this"#
            ]
        );
        assert_eq!(
            pointing(s, "aws_vpc.many[1]", "aws_flow_log", "vpc_id"),
            vec![
                "aws_flow_log.paired[1]",
                r#"module.m["b"].aws_flow_log.this"#
            ]
        );
        assert_eq!(
            unresolved(s, "aws_flow_log", "vpc_id"),
            vec![
                r#"aws_flow_log.by_id_map["x"]"#,
                r#"aws_flow_log.by_id_map["y"]"#,
                "aws_flow_log.choice",
                "aws_flow_log.constant_index",
                "aws_flow_log.one_of_splat",
                "aws_flow_log.paired[2]",
                "aws_flow_log.via_untied_data",
            ]
        );
        let why = unresolved_reason(&eff(s, "aws_flow_log.paired[2]", "vpc_id"));
        assert!(why.contains("no instance [2]"), "{why}");
        // One value from one of several resources: a choice, or a constant index into a splat.
        for a in ["aws_flow_log.choice", "aws_flow_log.constant_index"] {
            let why = unresolved_reason(&eff(s, a, "vpc_id"));
            assert!(why.contains("vpc_id holds one value"), "{a}: {why}");
        }
        let choice = s
            .unresolved("aws_flow_log", "vpc_id")
            .iter()
            .find(|u| &*s.resources[u.from].address == "aws_flow_log.choice")
            .unwrap();
        let mut candidates: Vec<&str> = choice
            .candidates
            .iter()
            .map(|&i| &*s.resources[i].address)
            .collect();
        candidates.sort();
        assert_eq!(candidates, vec!["aws_vpc.main", "aws_vpc.many[0]"]);
    });
}

#[test]
fn attribute_paths_of_variables_and_outputs_are_followed() {
    with_stack(|s| {
        match eff(s, "aws_vpc_endpoint.var_path", "route_table_ids") {
            Eff::Known(v) => assert_eq!(v.to_json(), "[]"),
            other => panic!("{other:?}"),
        }
        // `var.net.id` of a whole resource passed in is that resource; `var.obj.other` of an
        // object built from several references cannot be told apart.
        assert_eq!(
            pointing(s, "aws_vpc.main", "aws_vpc_endpoint", "vpc_id"),
            vec![
                "aws_vpc_endpoint.conditional",
                "aws_vpc_endpoint.var_path",
                "aws_vpc_endpoint.zero",
                "aws_vpc_endpoint.zero_and_one",
                r#"module.m["a"].aws_vpc_endpoint.from_whole_resource"#,
                r#"module.m["b"].aws_vpc_endpoint.from_whole_resource"#,
            ]
        );
        assert_eq!(
            unresolved(s, "aws_vpc_endpoint", "vpc_id"),
            vec![
                r#"module.m["a"].aws_vpc_endpoint.from_object"#,
                r#"module.m["b"].aws_vpc_endpoint.from_object"#,
                "module.object_with_resource.aws_vpc_endpoint.this",
            ]
        );
        // `{ vpc = aws_vpc.main, route_table_ids = [] }.route_table_ids` is not aws_vpc.main's.
        let why = unresolved_reason(&eff(
            s,
            "module.object_with_resource.aws_vpc_endpoint.this",
            "route_table_ids",
        ));
        assert!(
            why.contains("route_table_ids of a value built around"),
            "{why}"
        );
        let why = unresolved_reason(&eff(s, "aws_ssm_parameter.output_path", "value"));
        assert!(
            why.contains("module.m.settings ← vpc of a value built from"),
            "{why}"
        );
    });
}

#[test]
fn a_reference_beats_a_name_and_names_stay_in_their_region() {
    with_stack(|s| {
        assert_eq!(
            pointing(
                s,
                "aws_db_parameter_group.eu",
                "aws_db_instance",
                "parameter_group_name"
            ),
            vec!["aws_db_instance.eu_by_reference"]
        );
        assert_eq!(
            pointing(
                s,
                "aws_db_parameter_group.us",
                "aws_db_instance",
                "parameter_group_name"
            ),
            vec!["aws_db_instance.us_by_name"]
        );
    });
}

#[test]
fn a_data_source_keyed_by_a_planned_resource_is_that_resource() {
    with_stack(|s| {
        let via_data = id(s, "aws_flow_log.via_data");
        let e = s
            .pointing_at(id(s, "aws_vpc.main"), "aws_flow_log", "vpc_id")
            .into_iter()
            .find(|e| e.from == via_data)
            .unwrap();
        assert_eq!(e.via.as_ref(), "data.aws_vpc.by_id.id ← aws_vpc.main.id");
        let why = unresolved_reason(&eff(s, "aws_flow_log.via_untied_data", "vpc_id"));
        assert!(why.contains("data.aws_vpc.by_tags"), "{why}");
    });
}

#[test]
fn a_dynamic_block_with_an_unknown_collection_is_unknown() {
    with_stack(|s| {
        let why = unresolved_reason(&eff(
            s,
            "aws_security_group.dynamic_egress",
            "egress.0.cidr_blocks",
        ));
        assert!(why.contains("egress is a dynamic block"), "{why}");
        let why = unresolved_reason(&eff(
            s,
            "aws_s3_bucket_lifecycle_configuration.dynamic_transition",
            "rule.0.transition",
        ));
        assert!(
            why.contains("rule.0.transition is a dynamic block"),
            "{why}"
        );
        // Expanded over a known collection: what the plan knows inside is known, the
        // provider-computed fields are not.
        match eff(
            s,
            "aws_launch_template.dynamic_known",
            "metadata_options.0.http_tokens",
        ) {
            Eff::Known(v) => assert_eq!(v.as_str(), Some("required")),
            other => panic!("{other:?}"),
        }
        let why = unresolved_reason(&eff(
            s,
            "aws_launch_template.dynamic_known",
            "metadata_options.0.http_put_response_hop_limit",
        ));
        assert!(why.contains("dynamic block"), "{why}");
        // Unset, an Optional+Computed block plans wholly unknown: AWS's default applies.
        assert!(matches!(
            eff(s, "aws_security_group.no_egress", "egress"),
            Eff::NotSet
        ));
        assert_eq!(
            unresolved(s, "aws_security_group", "egress"),
            vec!["aws_security_group.dynamic_egress"]
        );
    });
}

/// The rules that read these attributes see Unknown, never "not set".
#[test]
fn rules_see_dynamic_blocks_as_unknown() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/testdata/model/soundness/plan.json"
    );
    let src = load::read(&Input::Path(path.into())).unwrap();
    let plan = load::parse(&src).unwrap();
    let stack = Stack::build(&plan);
    let rules: Vec<_> = ["AWS-SG-001", "AWS-SG-002"]
        .iter()
        .map(|id| tfaudit::rules::find(id).unwrap())
        .collect();
    let evals = tfaudit::rules::run(&stack, &rules, &Default::default());
    let got: Vec<(&str, &str, &str)> = evals
        .iter()
        .filter(|e| e.address.starts_with("aws_security_group."))
        .map(|e| (e.rule.id, &*e.address, e.status.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("AWS-SG-001", "aws_security_group.dynamic_egress", "unknown"),
            ("AWS-SG-001", "aws_security_group.no_egress", "pass"),
            ("AWS-SG-002", "aws_security_group.dynamic_egress", "unknown"),
            ("AWS-SG-002", "aws_security_group.no_egress", "fail"),
        ]
    );
}
