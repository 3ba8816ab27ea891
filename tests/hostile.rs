//! Hostile and broken input, secrets, determinism: exit 2 with one line, or a correct audit;
//! never a panic, never a hang, never a secret. Inputs that Terraform cannot produce are built
//! here from the real fixtures.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run_args(args: &[&str], dir: Option<&Path>) -> Run {
    let mut c = Command::cargo_bin("tfaudit").unwrap();
    c.current_dir(dir.unwrap_or(&root()))
        .args(args)
        .timeout(std::time::Duration::from_secs(60));
    let out = c.output().unwrap();
    Run {
        code: out.status.code().expect("killed: a hang or a crash"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn audit_text(text: &[u8]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    std::fs::write(&path, text).unwrap();
    let r = run_args(&[path.to_str().unwrap(), "--format", "json"], None);
    assert!(
        r.code == 0
            || r.code == 1
            || (r.code == 2 && r.stderr.lines().count() == 1 && r.stderr.starts_with("tfaudit: ")),
        "exit {} with {:?}",
        r.code,
        r.stderr
    );
    r
}

fn demo_text() -> String {
    std::fs::read_to_string(root().join("testdata/demo/plan.json")).unwrap()
}

const SECRETS: &str = "testdata/secrets/plan.json";
const MARKER: &str = "SECRET-MARKER";

const CUSTOM_ON_SECRETS: &str = r#"
[[custom]]
id = "ORG-X-001"
severity = "high"
title = "password is a marker"
resource_types = ["aws_db_instance"]
path = "$.password"
condition = "equals"
value = "nope"

[[custom]]
id = "ORG-X-002"
severity = "high"
title = "token"
resource_types = ["aws_elasticache_replication_group"]
path = "$.auth_token"
condition = "in"
value = ["nope"]

[[custom]]
id = "ORG-X-003"
severity = "high"
title = "tag"
resource_types = ["aws_sqs_queue"]
path = "$.tags.ApiKey"
condition = "matches"
value = "^nope$"

[[custom]]
id = "ORG-X-004"
severity = "high"
title = "parameter"
resource_types = ["aws_ssm_parameter"]
path = "$.value"
condition = "not_equals"
value = "SECRET-MARKER-var-31e6c0"
"#;

#[test]
fn secrets_never_appear_in_any_format_or_message() {
    let plan = std::fs::read_to_string(root().join(SECRETS)).unwrap();
    assert!(
        plan.contains("SECRET-MARKER-rds-4c1f9e"),
        "the fixture must carry the markers"
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("tfaudit.toml"), CUSTOM_ON_SECRETS).unwrap();
    let plan_path = root().join(SECRETS);
    let plan_arg = plan_path.to_str().unwrap();
    for format in ["table", "json", "sarif", "junit", "github", "markdown"] {
        for extra in [
            &[][..],
            &["--unknown", "fail"][..],
            &["--unknown", "ignore"][..],
        ] {
            let mut args = vec![
                plan_arg,
                "--format",
                format,
                "--source-dir",
                "testdata/secrets",
            ];
            args.extend_from_slice(extra);
            let r = run_args(&args, Some(dir.path()));
            assert_eq!(r.code, 1, "{format}");
            // A sensitive "null" is not redacted into the JSON syntax.
            if format == "json" || format == "sarif" {
                serde_json::from_str::<serde_json::Value>(&r.stdout)
                    .unwrap_or_else(|e| panic!("{format} {extra:?} is not JSON: {e}"));
            }
            assert!(
                !r.stdout.contains(MARKER) && !r.stderr.contains(MARKER),
                "{format} {extra:?} printed a secret"
            );
            // The name of a variable in a wholly sensitive map (no hyphen allowed there).
            assert!(
                !r.stdout.contains("SECRETMARKER") && !r.stderr.contains("SECRETMARKER"),
                "{format} {extra:?} printed a sensitive name"
            );
        }
    }
    let baseline = run_args(&["baseline", plan_arg], Some(dir.path()));
    assert!(!baseline.stdout.contains(MARKER));
    // Errors quote positions, not content.
    let truncated = audit_text(&plan.as_bytes()[..plan.find("SECRET-MARKER-redis").unwrap() + 20]);
    assert_eq!(truncated.code, 2);
    assert!(!truncated.stderr.contains(MARKER), "{}", truncated.stderr);
}

#[test]
fn truncated_at_every_tenth_is_exit_2_with_one_line() {
    let text = demo_text();
    for tenth in 1..10 {
        let cut = text.len() * tenth / 10;
        let r = audit_text(&text.as_bytes()[..cut]);
        assert_eq!(r.code, 2, "cut at {tenth}0%");
        assert!(
            r.stderr.contains(": truncated JSON (EOF while parsing"),
            "cut at {tenth}0%: {}",
            r.stderr
        );
    }
}

#[test]
fn a_one_megabyte_string_value_is_audited() {
    let mut v: serde_json::Value = serde_json::from_str(&demo_text()).unwrap();
    let rc = v["resource_changes"].as_array_mut().unwrap();
    let bucket = rc
        .iter_mut()
        .find(|r| r["address"] == "aws_s3_bucket.exports")
        .unwrap();
    bucket["change"]["after"]["tags"]["Huge"] = serde_json::Value::String("x".repeat(1 << 20));
    let r = audit_text(serde_json::to_string(&v).unwrap().as_bytes());
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("aws_s3_bucket.exports"));
}

/// Action patterns that make a backtracking matcher exponential (40 `*` that cannot all match,
/// `*?` pairs, a 200 000-character pattern) in an identity policy: audited at once (the harness
/// kills a hang), and the policy still judged.
#[test]
fn iam_patterns_with_many_wildcards_are_judged_without_backtracking() {
    let mut v: serde_json::Value = serde_json::from_str(&demo_text()).unwrap();
    let rc = v["resource_changes"].as_array_mut().unwrap();
    let policy = rc
        .iter_mut()
        .find(|r| r["address"] == "module.api.aws_iam_role_policy.worker")
        .unwrap();
    let actions = [
        format!("*:{}b", "a*".repeat(40)),
        format!("s3:{}X", "*?".repeat(40)),
        format!("ec2:{}", "*?".repeat(100_000)),
        format!("dynamodb:Get{}", "*".repeat(40)),
    ];
    let doc = serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": actions, "Resource": "*" }]
    });
    policy["change"]["after"]["policy"] = serde_json::Value::String(doc.to_string());
    let r = audit_text(serde_json::to_string(&v).unwrap().as_bytes());
    assert_eq!(r.code, 1);
    let out: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let findings = out["files"][0]["findings"].as_array().unwrap();
    assert!(findings.iter().any(|f| f["rule"] == "AWS-IAM-001"
        && f["address"] == "module.api.aws_iam_role_policy.worker"
        && f["message"].as_str().unwrap().contains("dynamodb:Get")));
}

#[test]
fn duplicate_keys_keep_the_last_like_terraform_readers() {
    let text = demo_text();
    let dup = text.replacen(
        '{',
        r#"{"resource_changes": [], "format_version": "9.9","#,
        1,
    );
    let r = audit_text(dup.as_bytes());
    // The later format_version and resource_changes win: the audit is the demo's.
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("AWS-S3-001"));
}

#[test]
fn numbers_beyond_f64_and_odd_values() {
    let r = audit_text(br#"{"format_version":"1.2","planned_values":{"root_module":{"resources":[{"address":"aws_s3_bucket.b","mode":"managed","type":"aws_s3_bucket","name":"b","values":{"n":1e400}}]}}}"#);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("number out of range"), "{}", r.stderr);
    let big = audit_text(br#"{"format_version":"1.2","planned_values":{"root_module":{"resources":[{"address":"aws_s3_bucket.b","mode":"managed","type":"aws_s3_bucket","name":"b","values":{"n":18446744073709551616123,"tags_all":{"Environment":"a","Owner":"b","Project":"c"}}}]}}}"#);
    assert!(big.code == 0 || big.code == 1);
}

#[test]
fn sections_that_disagree_are_audited() {
    // resource_changes names a resource planned_values lacks, and the reverse.
    let text = br#"{"format_version":"1.2","planned_values":{"root_module":{"resources":[{"address":"aws_vpc.only_planned","mode":"managed","type":"aws_vpc","name":"only_planned","values":{}}]}},
      "resource_changes":[{"address":"aws_vpc.only_changed","mode":"managed","type":"aws_vpc","name":"only_changed","change":{"actions":["create"],"before":null,"after":{"tags_all":{}},"after_unknown":{}}},
        {"address":"broken","change":{"actions":["create"]}}, 7, null]}"#;
    let r = audit_text(text);
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["files"][0]["summary"]["resources"], 1);
    assert!(r.stdout.contains("aws_vpc.only_changed"));
}

#[test]
fn changes_that_are_not_resources_are_skipped_among_thousands() {
    // The demo's changes, each after 97 elements that are no resource, and the first again at
    // the end with other values: the audit is the demo's (the first of an address wins).
    let demo: serde_json::Value = serde_json::from_str(&demo_text()).unwrap();
    let changes = demo["resource_changes"].as_array().unwrap();
    let junk = [
        serde_json::json!({}),
        serde_json::json!(7),
        serde_json::Value::Null,
        serde_json::json!("x"),
        serde_json::json!([{}]),
    ];
    let mut mixed = Vec::new();
    for rc in changes {
        mixed.extend((0..97).map(|i| junk[i % junk.len()].clone()));
        mixed.push(rc.clone());
    }
    let mut again = changes[0].clone();
    again["change"]["after"] = serde_json::json!({});
    mixed.push(again);
    let mut plan = demo.clone();
    plan["resource_changes"] = serde_json::Value::Array(mixed);
    let a = audit_text(demo_text().as_bytes());
    let b = audit_text(serde_json::to_string(&plan).unwrap().as_bytes());
    let files = |r: &Run| {
        let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        (
            v["files"][0]["findings"].clone(),
            v["files"][0]["summary"].clone(),
        )
    };
    assert_eq!((b.code, files(&b)), (a.code, files(&a)));
    assert!(changes.len() > 64, "the changes span several parts");
}

#[test]
fn module_references_that_recurse_or_lead_nowhere_end() {
    // module.a's output comes from its variable, and the call passes the output back in.
    let text = br#"{"format_version":"1.2",
      "resource_changes":[{"address":"aws_flow_log.f","mode":"managed","type":"aws_flow_log","name":"f","change":{"actions":["create"],"before":null,"after":{},"after_unknown":{"vpc_id":true}}},
        {"address":"aws_vpc.v","mode":"managed","type":"aws_vpc","name":"v","change":{"actions":["create"],"before":null,"after":{},"after_unknown":{}}}],
      "configuration":{"root_module":{
        "resources":[{"address":"aws_flow_log.f","mode":"managed","type":"aws_flow_log","name":"f","expressions":{"vpc_id":{"references":["module.a.o","module.a","aws_nope.x.id","data.nope.x.y","module.nope.out","local.l"]}}},
                     {"address":"aws_vpc.v","mode":"managed","type":"aws_vpc","name":"v","expressions":{}}],
        "module_calls":{"a":{"source":"./a","expressions":{"x":{"references":["module.a.o","module.a"]}},
          "module":{"outputs":{"o":{"expression":{"references":["var.x"]}}},"variables":{"x":{}}}}}}}}"#;
    let r = audit_text(text);
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    assert!(r.stdout.contains("AWS-VPC-001"), "{}", r.stdout);
    // Module calls nested deeper than any real configuration.
    let mut deep = String::from(r#"{"format_version":"1.2","configuration":{"root_module":"#);
    for i in 0..60 {
        deep.push_str(&format!(r#"{{"module_calls":{{"m{i}":{{"module":"#));
    }
    deep.push_str("{}");
    for _ in 0..60 {
        deep.push_str("}}}");
    }
    deep.push_str("}}");
    let r = audit_text(deep.as_bytes());
    assert!(r.code == 0 || r.code == 2, "{}", r.stderr);
}

#[test]
fn every_format_is_deterministic_across_runs_and_input_order() {
    // Same plan with object keys re-ordered (sorted by serde_json) and resource_changes reversed.
    let mut v: serde_json::Value = serde_json::from_str(&demo_text()).unwrap();
    v["resource_changes"].as_array_mut().unwrap().reverse();
    let dir = tempfile::tempdir().unwrap();
    let shuffled = dir.path().join("plan.json");
    std::fs::write(&shuffled, serde_json::to_string(&v).unwrap()).unwrap();
    for format in ["table", "json", "sarif", "junit", "github", "markdown"] {
        let a = run_args(
            &[
                "testdata/demo/plan.json",
                "--format",
                format,
                "--source-dir",
                "testdata/demo",
            ],
            None,
        );
        let b = run_args(
            &[
                "testdata/demo/plan.json",
                "--format",
                format,
                "--source-dir",
                "testdata/demo",
            ],
            None,
        );
        assert_eq!(a.stdout, b.stdout, "{format} differs between runs");
        let c = run_args(
            &[
                shuffled.to_str().unwrap(),
                "--format",
                format,
                "--source-dir",
                "testdata/demo",
            ],
            None,
        );
        assert_eq!(
            a.stdout.replace("testdata/demo/plan.json", "PLAN"),
            c.stdout.replace(shuffled.to_str().unwrap(), "PLAN"),
            "{format} depends on input order"
        );
    }
}

#[test]
fn addresses_with_unicode_and_quotes_are_printed_as_terraform_wrote_them() {
    let plan = "testdata/hostile/unicode-keys/plan.json";
    let text = std::fs::read_to_string(root().join(plan)).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut expected: Vec<String> = v["resource_changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["address"].as_str().unwrap().to_string())
        .collect();
    expected.sort();
    let r = run_args(&[plan, "--format", "json"], None);
    let out: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let mut got: Vec<String> = out["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "AWS-TAG-001")
        .map(|f| f["address"].as_str().unwrap().to_string())
        .collect();
    got.sort();
    assert_eq!(got, expected);
    assert!(
        got.iter().any(|a| a.contains("日本語"))
            && got.iter().any(|a| a.contains(r#"with \"quotes\""#))
    );
}

#[test]
fn the_binary_runs_nothing_but_terraform_show_and_opens_no_sockets() {
    let mut commands = Vec::new();
    for entry in walk(&root().join("src")) {
        let text = std::fs::read_to_string(&entry).unwrap();
        assert!(
            !text.contains("std::net")
                && !text.contains("TcpStream")
                && !text.contains("UdpSocket"),
            "{}",
            entry.display()
        );
        for (i, line) in text.lines().enumerate() {
            if line.contains("Command::new(") {
                commands.push(format!(
                    "{}:{}: {}",
                    entry.strip_prefix(root()).unwrap().display(),
                    i + 1,
                    line.trim()
                ));
            }
        }
    }
    assert_eq!(commands.len(), 1, "{commands:?}");
    assert!(
        commands[0].starts_with("src/load/mod.rs")
            && commands[0].contains(r#"Command::new("terraform")"#),
        "{commands:?}"
    );
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out
}

#[test]
fn plans_of_other_providers_pass_through() {
    let r = run_args(
        &["testdata/hostile/non-aws/plan.json", "--format", "json"],
        None,
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let f = &v["files"][0];
    assert_eq!(
        (
            f["summary"]["resources"].as_u64(),
            f["summary"]["outside_rule_set"].as_u64()
        ),
        (Some(3), Some(3))
    );
    assert!(
        !r.stdout.contains("terraform_data.build"),
        "an AWS rule judged a non-AWS resource"
    );
    let table = run_args(&["testdata/hostile/non-aws/plan.json"], None);
    assert!(
        table
            .stdout
            .contains("3 resources (3 outside the AWS rule set)"),
        "{}",
        table.stdout
    );
}

/// Run the binary on `args` and fail if it takes longer than `secs` (a hang is killed).
fn run_within(args: &[&str], secs: u64) -> Run {
    let start = std::time::Instant::now();
    let mut c = Command::cargo_bin("tfaudit").unwrap();
    c.current_dir(root())
        .args(args)
        .timeout(std::time::Duration::from_secs(secs));
    let out = c.output().unwrap();
    let r = Run {
        code: out.status.code().expect("killed: a hang or a crash"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        r.code == 0 || r.code == 1,
        "exit {} after {:?}: {}",
        r.code,
        start.elapsed(),
        r.stderr
    );
    r
}

/// The results of one rule on a plan, through the library: (address, status, message).
fn rule_results(plan: &Path, rule: &str) -> Vec<(String, String, String)> {
    use tfaudit::load::{self, Input};
    let src = load::read(&Input::Path(plan.to_path_buf())).unwrap();
    let plan = load::parse(&src).unwrap();
    let stack = tfaudit::model::Stack::build(&plan);
    let rule = tfaudit::rules::find(rule).unwrap();
    let mut v: Vec<_> = tfaudit::rules::run(&stack, &[rule], &Default::default())
        .iter()
        .map(|e| {
            (
                e.address.to_string(),
                e.status.as_str().to_string(),
                e.message.to_string(),
            )
        })
        .collect();
    v.sort();
    v
}

const FAN_IN: &str = "testdata/hostile/module-fan-in/plan.json";

/// Real Terraform (scripts/gen-module-fan-in.py): 20 nested modules, each passing its two
/// variables down twice and its child's two outputs up twice; without memoisation the flow
/// logs' vpc_id takes 2^20 paths each way. Both VPCs are found, through all 20 levels.
#[test]
fn reference_fan_in_through_twenty_nested_modules_is_followed_at_once() {
    let r = run_within(&[FAN_IN, "--format", "json"], 20);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let out: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let f = &out["files"][0];
    assert_eq!(f["summary"]["resources"], 4);
    let findings = f["findings"].as_array().unwrap();
    assert!(
        !findings.iter().any(|f| f["rule"] == "AWS-VPC-001"),
        "{findings:?}"
    );
    let junit = run_within(&[FAN_IN, "--format", "junit"], 20);
    let deep = format!("module.l01{}", ".module.m".repeat(19));
    for vpc in ["aws_vpc.root".to_string(), format!("{deep}.aws_vpc.deep")] {
        assert!(
            junit.stdout.contains(&format!(
                r#"<testcase name="AWS-VPC-001 {vpc}" classname="AWS-VPC-001"/>"#
            )),
            "{vpc} not passed: {}",
            junit.stdout
        );
    }
    // The first path found is named: var.a all the way down, up_a all the way up.
    let level = |k: usize| format!("module.l01{}", ".module.m".repeat(k));
    let down: Vec<String> = (0..20)
        .rev()
        .map(|k| format!("{}.var.a", level(k)))
        .collect();
    let up: Vec<String> = (0..20).map(|k| format!("{}.up_a", level(k))).collect();
    let pass = |vpc: String, log: String, chain: Vec<String>, last: String| {
        (
            vpc,
            "pass".to_string(),
            format!(
                "flow log {log} (vpc_id from {} ← {last}) records ALL traffic",
                chain.join(" ← ")
            ),
        )
    };
    assert_eq!(
        rule_results(&root().join(FAN_IN), "AWS-VPC-001"),
        vec![
            pass(
                "aws_vpc.root".into(),
                format!("{deep}.aws_flow_log.down"),
                down,
                "aws_vpc.root.id".into()
            ),
            pass(
                format!("{deep}.aws_vpc.deep"),
                "aws_flow_log.up".into(),
                up,
                format!("{deep}.aws_vpc.deep.id")
            ),
        ]
    );
}

const BUDGET_REASON: &str = "too intricate to follow within tfaudit's resolution budget";

/// The reasons the flow logs' vpc_id of `plan` cannot be followed, by flow log address.
fn flow_log_reasons(plan: &str) -> Vec<(String, String)> {
    use tfaudit::load::{self, Input};
    let src = load::read(&Input::Path(root().join(plan))).unwrap();
    let plan = load::parse(&src).unwrap();
    let stack = tfaudit::model::Stack::build(&plan);
    let mut v: Vec<_> = stack
        .unresolved("aws_flow_log", "vpc_id")
        .iter()
        .map(|u| {
            (
                stack.resources[u.from].address.to_string(),
                u.reason.clone(),
            )
        })
        .collect();
    v.sort();
    v
}

/// The one AWS-VPC-001 result of a JSON audit: Unknown on aws_vpc.v, with its message.
fn vpc_unknown(r: &Run) -> String {
    let out: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let vpc: Vec<_> = out["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "AWS-VPC-001")
        .collect();
    assert_eq!(vpc.len(), 1, "{vpc:?}");
    assert_eq!(
        (vpc[0]["address"].as_str(), vpc[0]["status"].as_str()),
        (Some("aws_vpc.v"), Some("unknown"))
    );
    vpc[0]["message"].as_str().unwrap().to_string()
}

/// Hand-made (scripts/gen-hostile-plans.py; Terraform refuses cycles): 60 sibling modules
/// whose arguments read three siblings' outputs and whose outputs read two of their variables,
/// so every flow log's vpc_id leads into cycles of every length. Audited at once; every one
/// is Unknown, because of a cycle or of the budget, and the VPC no flow log reaches is Unknown.
#[test]
fn reference_cycles_of_any_breadth_end_in_unknown() {
    let plan = "testdata/hostile/reference-cycles-handmade/plan.json";
    let r = run_within(&[plan, "--format", "json"], 20);
    let message = vpc_unknown(&r);
    assert!(
        message.starts_with(
            "no flow log found, but the vpc_id of aws_flow_log.r00 cannot be followed: "
        ) && (message.ends_with(" refers back to itself") || message.ends_with(BUDGET_REASON)),
        "{message}"
    );
    let reasons = flow_log_reasons(plan);
    // 40 at the root, one in each of the 60 modules.
    assert_eq!(reasons.len(), 100);
    for (address, why) in &reasons {
        assert!(
            why.ends_with(" refers back to itself") || why.ends_with(BUDGET_REASON),
            "{address}: {why}"
        );
    }
    assert!(reasons
        .iter()
        .any(|(_, why)| why.ends_with(" refers back to itself")));
}

/// Hand-made: 400 flow logs, each on an output of 30 nested modules of 32 outputs, each output
/// reading two below: each costs ~1000 steps memoised, more than the plan's size buys. The
/// audit ends at once, the first flow logs are followed to their end (a local), the rest say
/// the budget ran out.
#[test]
fn resolution_past_the_budget_is_unknown_and_says_so() {
    let plan = "testdata/hostile/resolution-budget-handmade/plan.json";
    let r = run_within(&[plan, "--format", "json"], 20);
    let message = vpc_unknown(&r);
    assert!(
        message.starts_with("no flow log found, but the vpc_id of aws_flow_log.f000 cannot be followed: module.c.o0 ← ")
            && message.ends_with(".local.l (locals are not in the plan JSON; give --source-dir)"),
        "{message}"
    );
    let reasons = flow_log_reasons(plan);
    assert_eq!(reasons.len(), 400);
    assert!(reasons[0]
        .1
        .ends_with("(locals are not in the plan JSON; give --source-dir)"));
    let spent = reasons
        .iter()
        .filter(|(_, why)| why.ends_with(BUDGET_REASON))
        .count();
    assert!(spent > 200, "{spent} of 400 ran out of budget");
    let table = run_within(&[plan], 20);
    assert!(table.stdout.contains("1 unknown"), "{}", table.stdout);
}

/// Expressions of 20 000 references each (Terraform lists every reference of a big literal):
/// picking the most specific ones is not quadratic, and the one real reference still links.
#[test]
fn expressions_with_tens_of_thousands_of_references_are_followed_at_once() {
    let mut refs: Vec<String> = (0..20_000).map(|i| format!("aws_vpc.v{i}.id")).collect();
    refs.extend(["aws_vpc.v.id".to_string(), "aws_vpc.v".to_string()]);
    let mut changes = vec![
        serde_json::json!({"address": "aws_vpc.v", "mode": "managed",
        "type": "aws_vpc", "name": "v", "change": {"actions": ["create"], "before": null,
        "after": {}, "after_unknown": {"id": true, "tags_all": true}}}),
    ];
    let mut resources = Vec::new();
    for k in 0..5 {
        let address = format!("aws_flow_log.f{k}");
        changes.push(serde_json::json!({"address": address, "mode": "managed",
            "type": "aws_flow_log", "name": format!("f{k}"), "change": {"actions": ["create"],
            "before": null, "after": {"traffic_type": "ALL"},
            "after_unknown": {"vpc_id": true, "tags_all": true}}}));
        resources.push(serde_json::json!({"address": address, "mode": "managed",
            "type": "aws_flow_log", "name": format!("f{k}"),
            "expressions": {"vpc_id": {"references": refs}}}));
    }
    let plan = serde_json::json!({"format_version": "1.2", "resource_changes": changes,
        "configuration": {"root_module": {"resources": resources}}});
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    std::fs::write(&path, plan.to_string()).unwrap();
    let r = run_within(&[path.to_str().unwrap(), "--format", "json"], 10);
    let out: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let findings = out["files"][0]["findings"].as_array().unwrap();
    assert!(
        !findings.iter().any(|f| f["rule"] == "AWS-VPC-001"),
        "{findings:?}"
    );
    assert_eq!(out["files"][0]["summary"]["resources"], 6);
}

/// `--source-dir` with modules whose source is their own folder (not valid Terraform, but a
/// directory a user may point at): the scan ends, and resource blocks still get their lines.
#[test]
fn source_directories_whose_modules_contain_themselves_are_scanned_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("main.tf"),
        "module \"a\" {\n  source = \"./\"\n}\n\nmodule \"b\" {\n  source = \"./\"\n}\n",
    )
    .unwrap();
    let demo = root().join("testdata/demo/plan.json");
    let r = run_args(
        &[
            demo.to_str().unwrap(),
            "--format",
            "sarif",
            "--source-dir",
            dir.path().to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let sarif: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(!sarif["runs"][0]["results"].as_array().unwrap().is_empty());
}

#[test]
fn lambda_environment_secrets_never_appear_in_any_format() {
    secrets_never_appear(
        "testdata/rules/lambda-f11",
        "AWS-LMB-007",
        &[
            "AKIAIOSFODNN7LAMBDA1",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiLAMBDAEXAMPL",
        ],
        &["hunter2-lambda-marker", "module-fake-marker"],
    );
}

/// Every output format, with Unknown reported or failing, shows none of `carried` (which the
/// fixture's plan must hold) nor of `also`.
fn secrets_never_appear(fixture: &str, rule: &str, carried: &[&str], also: &[&str]) {
    let plan_path = root().join(fixture).join("plan.json");
    let plan = std::fs::read_to_string(&plan_path).unwrap();
    assert!(
        carried.iter().all(|s| plan.contains(s)),
        "the fixture must carry the secrets"
    );
    let plan_arg = plan_path.to_str().unwrap();
    for format in ["table", "json", "sarif", "junit", "github", "markdown"] {
        for extra in [&[][..], &["--unknown", "fail"][..]] {
            let mut args = vec![plan_arg, "--format", format];
            args.extend_from_slice(extra);
            let r = run_args(&args, None);
            assert_eq!(r.code, 1, "{format}");
            assert!(
                r.stdout.contains(rule) || format == "junit" || format == "github",
                "{format}: the rule reports"
            );
            for s in carried.iter().chain(also) {
                assert!(
                    !r.stdout.contains(s) && !r.stderr.contains(s),
                    "{format} {extra:?} printed a secret of {fixture}"
                );
            }
        }
    }
}

#[test]
fn user_data_secrets_never_appear_in_any_format() {
    secrets_never_appear(
        "testdata/rules/AWS-EC2-014",
        "AWS-EC2-014",
        &[
            "AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        ],
        &["hunter2-fake-marker", "FAKEKEYMARKER"],
    );
}

#[test]
fn container_environment_secrets_never_appear_in_any_format() {
    secrets_never_appear(
        "testdata/rules/ecs",
        "AWS-ECS-002",
        &[
            "pw-FAKE-ECS-MARKER-1234",
            "AKIAFAKEECSMARKER123",
            "tok-FAKE-ECS-MARKER-7731",
        ],
        &[],
    );
}

#[test]
fn build_environment_credentials_never_appear_in_any_format() {
    secrets_never_appear(
        "testdata/rules/codebuild",
        "AWS-CB-002",
        &[
            "AKIAFAKECBMARKER1234",
            "FAKEcbMARKERsecret/abcdefghijklmnopqrstu",
            "tok-FAKE-CB-MARKER-5521",
            "pw-FAKE-CB-MARKER-8812",
        ],
        &[],
    );
}

/// `templatefile` pointing at a FIFO, a symlink loop, a device, a directory or a huge file:
/// nothing hangs, and a template that cannot be read leaves its policy unknown, as without
/// the source.
#[cfg(unix)]
#[test]
fn template_files_that_cannot_be_read_leave_the_policy_unknown() {
    let fixture = root().join("testdata/source/templatefile");
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture.join("main.tf"), dir.path().join("main.tf")).unwrap();
    let policies = dir.path().join("policies");
    std::fs::create_dir(&policies).unwrap();
    std::fs::copy(
        fixture.join("policies/trust.tpl"),
        policies.join("trust.tpl"),
    )
    .unwrap();
    let fifo = policies.join("scoped.tpl");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        std::os::unix::fs::symlink("/dev/zero", &fifo).unwrap();
    }
    std::os::unix::fs::symlink(policies.join("admin.tpl"), policies.join("admin.tpl")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", policies.join("directive.tpl")).unwrap();
    std::fs::write(policies.join("bare.tpl"), "{".repeat(3 << 20)).unwrap();
    let plan = fixture.join("plan.json");
    let r = run_within(
        &[
            plan.to_str().unwrap(),
            "--source-dir",
            dir.path().to_str().unwrap(),
            "--check",
            "AWS-IAM-001",
            "--format",
            "json",
        ],
        60,
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let mut got: Vec<String> = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} {}",
                f["address"].as_str().unwrap(),
                f["status"].as_str().unwrap()
            )
        })
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            "aws_iam_role_policy.admin unknown",
            // Its template is not copied either: a missing file.
            "aws_iam_role_policy.any_attribute unknown",
            "aws_iam_role_policy.bare unknown",
            "aws_iam_role_policy.directive unknown",
            // Their templates are not copied: a missing file.
            "aws_iam_role_policy.qualified unknown",
            "aws_iam_role_policy.scoped unknown",
            "aws_iam_role_policy.unqualified unknown",
        ]
    );
}
