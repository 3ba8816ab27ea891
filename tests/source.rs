//! The `.tf` source beside a plan: inline suppressions, locations from the HCL parser (and the
//! line scan for a file it rejects), the default source directory, and a source that is not
//! the plan's.

use assert_cmd::Command;
use std::collections::BTreeSet;

fn run(dir: &str, args: &[&str]) -> (serde_json::Value, String) {
    let out = Command::cargo_bin("tfaudit")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or_default();
    (json, String::from_utf8(out.stderr).unwrap())
}

fn findings(v: &serde_json::Value) -> BTreeSet<String> {
    v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} {} {}:{}",
                f["rule"].as_str().unwrap(),
                f["address"].as_str().unwrap(),
                f["file"].as_str().unwrap_or("-"),
                f["line"].as_u64().unwrap_or(0)
            )
        })
        .collect()
}

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn inline_suppressions_hide_what_they_name_until_they_expire() {
    let (v, stderr) = run(
        ROOT,
        &[
            "testdata/source/ignore/plan.json",
            "--source-dir",
            "testdata/source/ignore",
            "--check",
            "AWS-CW-001,AWS-CW-002",
            "--format",
            "json",
        ],
    );
    let d = "testdata/source/ignore";
    let expected: BTreeSet<String> = [
        // Hidden: block_ignored's AWS-CW-001 (comment above the block), attr_ignored's
        // AWS-CW-002 (trailing comment on the attribute the finding names).
        format!("AWS-CW-001 aws_cloudwatch_log_group.attr_ignored {d}/main.tf:9"),
        // On `name`, not on kms_key_id: does not hide it.
        format!("AWS-CW-001 aws_cloudwatch_log_group.other_attr {d}/main.tf:15"),
        // Expired: both findings are back, and the suppression is a finding itself.
        format!("AWS-CW-001 aws_cloudwatch_log_group.expired {d}/main.tf:22"),
        format!("AWS-CW-002 aws_cloudwatch_log_group.expired {d}/main.tf:22"),
        format!("TFAUDIT-CFG-001 {d}/main.tf:21 -:0"),
        // No reason: not a suppression (a warning says why). Unquoted type label located.
        format!("AWS-CW-001 aws_cloudwatch_log_group.malformed {d}/main.tf:27"),
        // A file the parser rejects: located by the line scan.
        format!("AWS-CW-001 aws_cloudwatch_log_group.scanned {d}/other.tf:10"),
    ]
    .into_iter()
    .collect();
    assert_eq!(findings(&v), expected);
    let summary = &v["files"][0]["summary"];
    assert_eq!(summary["suppressed"], 2);
    assert_eq!(summary["source"], d);
    assert!(
        stderr.contains(&format!(
            "warning: {d}/main.tf:26: tfaudit:ignore: a reason is required"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("warning: {d}/other.tf:6: ")),
        "{stderr}"
    );
    assert_eq!(stderr.matches("other.tf:6").count(), 1, "{stderr}");
}

#[test]
fn strict_config_reports_inline_suppressions_that_hide_nothing() {
    let (v, _) = run(
        ROOT,
        &[
            "testdata/source/ignore/plan.json",
            "--source-dir",
            "testdata/source/ignore",
            "--check",
            "AWS-CW-001,AWS-CW-002",
            "--strict-config",
            "--format",
            "json",
        ],
    );
    let unused: Vec<String> = findings(&v)
        .into_iter()
        .filter(|f| f.starts_with("TFAUDIT-CFG-002"))
        .collect();
    assert_eq!(
        unused,
        vec!["TFAUDIT-CFG-002 testdata/source/ignore/main.tf:16 -:0".to_string()]
    );
}

#[test]
fn the_working_directory_is_the_default_source_unless_no_source() {
    let dir = format!("{ROOT}/testdata/source/ignore");
    let args = ["plan.json", "--check", "AWS-CW-001", "--format", "json"];
    let (v, _) = run(&dir, &args);
    assert_eq!(v["files"][0]["summary"]["source"], ".");
    assert_eq!(v["files"][0]["summary"]["suppressed"], 1);
    assert!(findings(&v).contains("AWS-CW-001 aws_cloudwatch_log_group.scanned other.tf:10"));
    let (v, _) = run(&dir, &[&args[..], &["--no-source"]].concat());
    assert!(v["files"][0]["summary"].get("source").is_none());
    assert_eq!(v["files"][0]["summary"]["suppressed"], 0);
}

#[test]
fn a_source_that_is_not_the_plans_is_not_used() {
    let (v, stderr) = run(
        ROOT,
        &[
            "testdata/demo/plan.json",
            "--source-dir",
            "testdata/source/ignore",
            "--format",
            "json",
        ],
    );
    assert!(v["files"][0]["summary"].get("source").is_none());
    assert!(v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f.get("file").is_none()));
    assert!(
        stderr.contains("the source in testdata/source/ignore has no "),
        "{stderr}"
    );
}

/// Statuses of one rule, by address.
fn statuses(v: &serde_json::Value) -> BTreeSet<String> {
    let f = &v["files"][0];
    let mut out: BTreeSet<String> = f["findings"]
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
    let judged = f["summary"]["evaluated"].as_u64().unwrap() as usize;
    assert!(out.len() <= judged);
    out.insert(format!("passed {}", f["summary"]["passed"]));
    out
}

/// Each result of a run (`rule address status`) and the number of passes.
fn rule_statuses(args: &[&str]) -> BTreeSet<String> {
    let (v, _) = run(ROOT, args);
    let mut out: BTreeSet<String> = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} {} {}",
                f["rule"].as_str().unwrap(),
                f["address"].as_str().unwrap(),
                f["status"].as_str().unwrap()
            )
        })
        .collect();
    out.insert(format!("passed {}", v["files"][0]["summary"]["passed"]));
    out
}

#[test]
fn conditionals_operators_and_locals_from_the_source() {
    let plan = "testdata/source/conditional/plan.json";
    let (with, _) = run(
        ROOT,
        &[
            plan,
            "--source-dir",
            "testdata/source/conditional",
            "--check",
            "AWS-VPC-001",
            "--format",
            "json",
        ],
    );
    // aws_vpc.a: the known condition picks it (and `var.create && !false`, `var.create ==
    // true` are evaluated); aws_vpc.d: through the module's local. b and c: either may be the
    // one, decided at apply.
    let expected: BTreeSet<String> = ["aws_vpc.b unknown", "aws_vpc.c unknown", "passed 2"]
        .map(String::from)
        .into();
    assert_eq!(statuses(&with), expected);
    // The plan alone lists references only: nothing can be told.
    let (without, _) = run(
        ROOT,
        &[
            plan,
            "--no-source",
            "--check",
            "AWS-VPC-001",
            "--format",
            "json",
        ],
    );
    let expected: BTreeSet<String> = [
        "aws_vpc.a unknown",
        "aws_vpc.b unknown",
        "aws_vpc.c unknown",
        "aws_vpc.d unknown",
        "passed 0",
    ]
    .map(String::from)
    .into();
    assert_eq!(statuses(&without), expected);
}

#[test]
fn policies_built_with_jsonencode_are_judged_statement_by_statement() {
    let plan = "testdata/source/policy/plan.json";
    let rules = "AWS-IAM-001,AWS-IAM-002";
    let (with, _) = run(
        ROOT,
        &[
            plan,
            "--source-dir",
            "testdata/source/policy",
            "--check",
            rules,
            "--format",
            "json",
        ],
    );
    // The bucket ARN is unknown, but it is the bucket's: no statement has Resource "*"; the
    // actions are literals except in actions_unknown.
    let expected: BTreeSet<String> = [
        "aws_iam_role_policy.actions_unknown unknown",
        "aws_iam_role_policy.service_wildcard fail",
        "passed 4",
    ]
    .map(String::from)
    .into();
    assert_eq!(statuses(&with), expected);
    let (without, _) = run(
        ROOT,
        &[plan, "--no-source", "--check", rules, "--format", "json"],
    );
    assert_eq!(without["files"][0]["summary"]["unknown"], 6);
    assert_eq!(without["files"][0]["summary"]["passed"], 0);
}

#[test]
fn policies_in_template_files_and_heredocs_are_judged_statement_by_statement() {
    let plan = "testdata/source/templatefile/plan.json";
    let rules = "AWS-IAM-001,AWS-IAM-002,AWS-IAM-004";
    let (with, _) = run(
        ROOT,
        &[
            plan,
            "--source-dir",
            "testdata/source/templatefile",
            "--check",
            rules,
            "--format",
            "json",
        ],
    );
    // scoped: the ARNs are the bucket's and the queue's, the partition a variable; admin and
    // heredoc: what their literals grant, whatever the ARN. A directive, or an interpolation
    // outside a JSON string, leaves the document unknown. qualified: an ARN written but for
    // the bucket's ID names that bucket's objects; unqualified: the account is an attribute
    // known at apply, so the ARN's shape is not known; any_attribute: a queue's URL is no
    // identifier and could hold anything. scoped's dead-letter queue is in AWS's
    // documentation account (AWS-IAM-004).
    let expected: BTreeSet<String> = [
        "aws_iam_role_policy.admin fail",
        "aws_iam_role_policy.any_attribute unknown",
        "aws_iam_role_policy.bare unknown",
        "aws_iam_role_policy.directive unknown",
        "aws_iam_role_policy.heredoc fail",
        "aws_iam_role_policy.scoped fail",
        "aws_iam_role_policy.unqualified unknown",
        "passed 13",
    ]
    .map(String::from)
    .into();
    assert_eq!(statuses(&with), expected);
    let rules_of = |v: &serde_json::Value| -> BTreeSet<String> {
        v["files"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                format!(
                    "{} {} {}",
                    f["rule"].as_str().unwrap(),
                    f["address"].as_str().unwrap(),
                    f["status"].as_str().unwrap()
                )
            })
            .collect()
    };
    let expected: BTreeSet<String> = [
        "AWS-IAM-001 aws_iam_role_policy.admin fail",
        "AWS-IAM-001 aws_iam_role_policy.bare unknown",
        "AWS-IAM-001 aws_iam_role_policy.directive unknown",
        "AWS-IAM-002 aws_iam_role_policy.admin fail",
        "AWS-IAM-002 aws_iam_role_policy.bare unknown",
        "AWS-IAM-002 aws_iam_role_policy.directive unknown",
        "AWS-IAM-002 aws_iam_role_policy.heredoc fail",
        "AWS-IAM-001 aws_iam_role_policy.unqualified unknown",
        "AWS-IAM-001 aws_iam_role_policy.any_attribute unknown",
        "AWS-IAM-004 aws_iam_role_policy.any_attribute unknown",
        "AWS-IAM-004 aws_iam_role_policy.bare unknown",
        "AWS-IAM-004 aws_iam_role_policy.directive unknown",
        "AWS-IAM-004 aws_iam_role_policy.scoped fail",
        "AWS-IAM-004 aws_iam_role_policy.unqualified unknown",
    ]
    .map(String::from)
    .into();
    assert_eq!(rules_of(&with), expected);
    let (without, _) = run(
        ROOT,
        &[plan, "--no-source", "--check", rules, "--format", "json"],
    );
    // Every policy, and AWS-IAM-004 on the two trust policies of roles cross and open, is
    // unknown; the app role's trust policy, known to the plan, passes AWS-IAM-004.
    assert_eq!(without["files"][0]["summary"]["unknown"], 26);
    assert_eq!(without["files"][0]["summary"]["passed"], 1);
}

#[test]
fn element_try_coalesce_and_concat_from_the_source() {
    let plan = "testdata/source/functions/plan.json";
    let rules = "AWS-VPC-006,AWS-VPC-020,AWS-SG-003,AWS-IAM-004,AWS-IAM-014";
    // element(...[*].id, var.single ? 0 : count.index) names route table 0 for both
    // associations, and element(local.extra_ids, 1) the second extra table; try picks the VPC
    // that exists (skipping a resource or data source instance the plan does not have);
    // each.value of a for_each over a map written in a local (or a `for` that filters it on a
    // known condition) is that key's member; coalesce skips the null variable (the key's policy is the document, known
    // at apply, whose principal is in AWS's documentation account); concat with an empty list
    // is the web group alone.
    let with = rule_statuses(&[
        plan,
        "--source-dir",
        "testdata/source/functions",
        "--check",
        rules,
        "--format",
        "json",
    ]);
    let expected: BTreeSet<String> = [
        "AWS-IAM-004 aws_kms_key.key fail",
        "AWS-IAM-014 aws_iam_role_policy_attachment.each[\"admin\"] fail",
        "AWS-SG-003 aws_lb_listener.alt fail",
        "AWS-VPC-006 aws_route_table.extra[0] fail",
        "AWS-VPC-006 aws_route_table.private[1] fail",
        "AWS-VPC-020 aws_vpc_endpoint.data_fallback fail",
        "AWS-VPC-020 aws_vpc_endpoint.each[\"ec2\"] fail",
        "AWS-VPC-020 aws_vpc_endpoint.nodns fail",
        "passed 9",
    ]
    .map(String::from)
    .into();
    assert_eq!(with, expected);
    let without = rule_statuses(&[plan, "--no-source", "--check", rules, "--format", "json"]);
    let expected: BTreeSet<String> = [
        "AWS-IAM-004 aws_kms_key.key unknown",
        "AWS-IAM-014 aws_iam_role_policy_attachment.each[\"admin\"] fail",
        "AWS-IAM-014 aws_iam_role_policy_attachment.each[\"extra\"] unknown",
        "AWS-SG-003 aws_lb_listener.alt unknown",
        "AWS-SG-003 aws_lb_listener.https unknown",
        "AWS-VPC-006 aws_route_table.extra[0] unknown",
        "AWS-VPC-006 aws_route_table.extra[1] unknown",
        "AWS-VPC-006 aws_route_table.private[0] unknown",
        "AWS-VPC-006 aws_route_table.private[1] unknown",
        "AWS-VPC-020 aws_vpc_endpoint.coalesced unknown",
        "AWS-VPC-020 aws_vpc_endpoint.data_fallback unknown",
        "AWS-VPC-020 aws_vpc_endpoint.each[\"ec2\"] unknown",
        "AWS-VPC-020 aws_vpc_endpoint.each[\"kms\"] unknown",
        "AWS-VPC-020 aws_vpc_endpoint.nodns unknown",
        "passed 3",
    ]
    .map(String::from)
    .into();
    assert_eq!(without, expected);
}

#[test]
fn template_trust_policies_with_interpolated_keys_and_local_templates() {
    let plan = "testdata/source/templatefile/plan.json";
    let statuses_of = |args: &[&str]| -> BTreeSet<String> {
        let (v, _) = run(ROOT, args);
        statuses(&v)
    };
    // cross: the principal type is a variable's value and the admin principal a local's
    // template of a variable, so only the app role's ARN is unknown: no principal is "*".
    // open: its principal is "*".
    let with = statuses_of(&[
        plan,
        "--source-dir",
        "testdata/source/templatefile",
        "--check",
        "AWS-IAM-010",
        "--format",
        "json",
    ]);
    let expected: BTreeSet<String> = ["aws_iam_role.open fail", "passed 2"]
        .map(String::from)
        .into();
    assert_eq!(with, expected);
    let without = statuses_of(&[
        plan,
        "--no-source",
        "--check",
        "AWS-IAM-010",
        "--format",
        "json",
    ]);
    let expected: BTreeSet<String> = [
        "aws_iam_role.cross unknown",
        "aws_iam_role.open unknown",
        "passed 1",
    ]
    .map(String::from)
    .into();
    assert_eq!(without, expected);
}

#[test]
fn documents_merged_with_compact_are_read_from_their_sources() {
    let plan = "testdata/source/merged/plan.json";
    let rules = "AWS-S3-011,AWS-IAM-024";
    // source_policy_documents = compact([cond ? data.x.json : "", ...]) with known conditions:
    // the private document is the TLS one alone, the public one adds a public read; layered
    // merges a list of one choice under statements of its own (a public list), with an
    // override without statements; chosen and chosen_public pick one of two lists on a known
    // condition; replaced has a statement of the Sid of a merged one, which replaces it: not
    // merged.
    let with = rule_statuses(&[
        plan,
        "--source-dir",
        "testdata/source/merged",
        "--check",
        rules,
        "--format",
        "json",
    ]);
    let expected: BTreeSet<String> = [
        "AWS-IAM-024 data.aws_iam_policy_document.chosen_public fail",
        "AWS-IAM-024 data.aws_iam_policy_document.layered fail",
        "AWS-IAM-024 data.aws_iam_policy_document.public fail",
        "AWS-IAM-024 data.aws_iam_policy_document.read_anyone fail",
        "AWS-IAM-024 data.aws_iam_policy_document.replaced unknown",
        "AWS-S3-011 aws_s3_bucket_policy.public fail",
        "passed 6",
    ]
    .map(String::from)
    .into();
    assert_eq!(with, expected);
    let without = rule_statuses(&[plan, "--no-source", "--check", rules, "--format", "json"]);
    let expected: BTreeSet<String> = [
        "AWS-IAM-024 data.aws_iam_policy_document.chosen unknown",
        "AWS-IAM-024 data.aws_iam_policy_document.chosen_public unknown",
        "AWS-IAM-024 data.aws_iam_policy_document.layered unknown",
        "AWS-IAM-024 data.aws_iam_policy_document.private unknown",
        "AWS-IAM-024 data.aws_iam_policy_document.public unknown",
        "AWS-IAM-024 data.aws_iam_policy_document.read_anyone fail",
        "AWS-IAM-024 data.aws_iam_policy_document.replaced unknown",
        "AWS-S3-011 aws_s3_bucket_policy.private unknown",
        "AWS-S3-011 aws_s3_bucket_policy.public unknown",
        "passed 3",
    ]
    .map(String::from)
    .into();
    assert_eq!(without, expected);
}

#[test]
fn literal_entries_beside_references_are_judged_with_the_source() {
    let plan = "testdata/rules/AWS-LMB-006/plan.json";
    let args = |source: &'static [&'static str]| -> Vec<&'static str> {
        let mut v = vec![plan, "--check", "AWS-LMB-006", "--format", "json"];
        v.extend(source);
        v
    };
    // The plan lists a map that mixes literals and references by its references only; the
    // source shows the literal URL beside the queue's reference, and that the path and the
    // URL of the others come from a local and a variable.
    let (with, _) = run(ROOT, &args(&["--source-dir", "testdata/rules/AWS-LMB-006"]));
    let expected: BTreeSet<String> = [
        "aws_lambda_function.fail_literals fail",
        "aws_lambda_function.unknown_url_beside_reference fail",
        "passed 4",
    ]
    .map(String::from)
    .into();
    assert_eq!(statuses(&with), expected);
    let (without, _) = run(ROOT, &args(&["--no-source"]));
    let expected: BTreeSet<String> = [
        "aws_lambda_function.fail_literals fail",
        "aws_lambda_function.unknown_path_from_local unknown",
        "aws_lambda_function.unknown_references unknown",
        "aws_lambda_function.unknown_url_beside_reference unknown",
        "passed 2",
    ]
    .map(String::from)
    .into();
    assert_eq!(statuses(&without), expected);
}

#[test]
fn an_object_that_repeats_a_key_is_read_by_its_references_only() {
    let plan = "testdata/source/redefined-key/plan.json";
    let args = |extra: &'static [&'static str]| {
        let mut a = vec![plan, "--check", "AWS-SG-004", "--format", "json"];
        a.extend_from_slice(extra);
        a
    };
    let (with, stderr) = run(
        ROOT,
        &args(&["--source-dir", "testdata/source/redefined-key"]),
    );
    // The file parses (Terraform accepts the repeated key), so the rule is reported on the
    // attribute's line; the object is not its first `cidr` (a private range, which would pass),
    // and the last is known only at apply.
    assert!(!stderr.contains("warning"), "{stderr}");
    let expected: BTreeSet<String> = ["aws_security_group_rule.ssh unknown", "passed 1"]
        .map(String::from)
        .into();
    assert_eq!(statuses(&with), expected);
    assert_eq!(
        findings(&with),
        ["AWS-SG-004 aws_security_group_rule.ssh testdata/source/redefined-key/main.tf:33"]
            .map(String::from)
            .into()
    );
    let message = with["files"][0]["findings"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("local.admin ← cidr of a value built around aws_eip.office.public_ip"),
        "{message}"
    );
    let (without, _) = run(ROOT, &args(&["--no-source"]));
    assert_eq!(statuses(&without), expected);
}

#[test]
fn dynamic_blocks_and_for_expressions_from_the_source() {
    let plan = "testdata/source/dynamic/plan.json";
    let rules = "AWS-IAM-004,AWS-IAM-010,AWS-IAM-024";
    // The generated statements are paired with the dynamic blocks in Terraform's order: the
    // module's trust policies name the OIDC provider (an ARN known at apply) through
    // `statement.value.provider_arn` of a map written in the module call (irsa_self: after the
    // conditional's statement, keys a then b); `mixed` has two dynamic statements before its
    // static one, which is the plan's third (`filtered`: a map `for` filtered on a known
    // condition between two static statements); `one_unknown` iterates a tuple of one element
    // known at apply. A for_each whose length is known only at apply stays unknown. `for`
    // expressions over known variables build the principals of jsonencode policies around an
    // unknown ARN: for_fail names AWS's documentation account; for_map reads a key of a map
    // `for`.
    let with = rule_statuses(&[
        plan,
        "--source-dir",
        "testdata/source/dynamic",
        "--check",
        rules,
        "--format",
        "json",
    ]);
    let expected: BTreeSet<String> = [
        "AWS-IAM-004 aws_iam_role.for_fail fail",
        "AWS-IAM-004 aws_iam_role.unknown_length unknown",
        "AWS-IAM-010 aws_iam_role.unknown_length unknown",
        "AWS-IAM-024 data.aws_iam_policy_document.unknown_length unknown",
        "passed 20",
    ]
    .map(String::from)
    .into();
    assert_eq!(with, expected);
    let without = rule_statuses(&[plan, "--no-source", "--check", rules, "--format", "json"]);
    let expected: BTreeSet<String> = [
        "AWS-IAM-004 aws_iam_role.for_fail unknown",
        "AWS-IAM-004 aws_iam_role.for_map unknown",
        "AWS-IAM-004 aws_iam_role.for_pass unknown",
        "AWS-IAM-004 aws_iam_role.filtered unknown",
        "AWS-IAM-004 aws_iam_role.mixed unknown",
        "AWS-IAM-004 aws_iam_role.one_unknown unknown",
        "AWS-IAM-004 aws_iam_role.unknown_length unknown",
        "AWS-IAM-004 module.irsa.aws_iam_role.this unknown",
        "AWS-IAM-004 module.irsa_self.aws_iam_role.this unknown",
        "AWS-IAM-010 aws_iam_role.for_fail unknown",
        "AWS-IAM-010 aws_iam_role.for_map unknown",
        "AWS-IAM-010 aws_iam_role.for_pass unknown",
        "AWS-IAM-010 aws_iam_role.unknown_length unknown",
        "AWS-IAM-024 data.aws_iam_policy_document.unknown_length unknown",
        "passed 10",
    ]
    .map(String::from)
    .into();
    assert_eq!(without, expected);
}

#[test]
fn lookup_merge_one_toset_and_flatten_from_the_source() {
    let plan = "testdata/source/collections/plan.json";
    let rules = "AWS-VPC-020,AWS-SG-003,AWS-LMB-006";
    // lookup finds the VPC without DNS support in a merge whose later argument (a variable) is
    // known to be empty, or takes the default for a key the map lacks; merge(...).k is the
    // last argument that has k; one() of a block with one instance is it; toset deduplicates
    // the services, and each.value is the key of a lookup that takes its default; in the
    // module, lookup(each.value, ...) reads the caller's map, and the caller's defaults replace
    // the module's in a merge (an endpoint the module's filter drops is not planned, and the
    // instances it keeps are the caller's members). flatten with an empty list leaves the web
    // group alone. try skips attributes that each.value's map and the defaults lack (errors)
    // and takes its last argument. A merge whose later argument has keys tfaudit cannot tell
    // (a for expression) is not decided. Lambda
    // environments built with merge: a literal URL no later argument replaces fails, one a
    // later argument replaces passes, one a later argument of unknown keys may replace is
    // unknown.
    let with = rule_statuses(&[
        plan,
        "--source-dir",
        "testdata/source/collections",
        "--check",
        rules,
        "--format",
        "json",
    ]);
    let expected: BTreeSet<String> = [
        "AWS-LMB-006 aws_lambda_function.merge_fail fail",
        "AWS-LMB-006 aws_lambda_function.merge_unknown unknown",
        "AWS-SG-003 aws_lb_listener.alt fail",
        "AWS-VPC-020 aws_vpc_endpoint.each[\"ec2messages\"] fail",
        "AWS-VPC-020 aws_vpc_endpoint.each[\"ssm\"] fail",
        "AWS-VPC-020 aws_vpc_endpoint.lookup_nodns fail",
        "AWS-VPC-020 aws_vpc_endpoint.merge_undecided unknown",
        "AWS-VPC-020 aws_vpc_endpoint.merged fail",
        "AWS-VPC-020 aws_vpc_endpoint.one fail",
        "AWS-VPC-020 aws_vpc_endpoint.try_absent[\"ecs\"] fail",
        "AWS-VPC-020 module.endpoints.aws_vpc_endpoint.this[\"sts\"] fail",
        "passed 5",
    ]
    .map(String::from)
    .into();
    assert_eq!(with, expected);
    let without = rule_statuses(&[plan, "--no-source", "--check", rules, "--format", "json"]);
    let expected: BTreeSet<String> = [
        "AWS-LMB-006 aws_lambda_function.merge_fail unknown",
        "AWS-LMB-006 aws_lambda_function.merge_replaced unknown",
        "AWS-LMB-006 aws_lambda_function.merge_unknown unknown",
        "AWS-SG-003 aws_lb_listener.alt unknown",
        "AWS-SG-003 aws_lb_listener.https unknown",
        "AWS-VPC-020 aws_vpc_endpoint.each[\"ec2messages\"] unknown",
        "AWS-VPC-020 aws_vpc_endpoint.each[\"ssm\"] unknown",
        "AWS-VPC-020 aws_vpc_endpoint.lookup_default unknown",
        "AWS-VPC-020 aws_vpc_endpoint.lookup_nodns unknown",
        "AWS-VPC-020 aws_vpc_endpoint.merge_undecided unknown",
        "AWS-VPC-020 aws_vpc_endpoint.merged unknown",
        "AWS-VPC-020 aws_vpc_endpoint.one fail",
        "AWS-VPC-020 aws_vpc_endpoint.try_absent[\"ecs\"] unknown",
        "AWS-VPC-020 module.endpoints.aws_vpc_endpoint.this[\"ecr\"] unknown",
        "AWS-VPC-020 module.endpoints.aws_vpc_endpoint.this[\"sts\"] unknown",
        "AWS-VPC-020 module.endpoints_own_vpc.aws_vpc_endpoint.this[\"ec2\"] unknown",
        "passed 0",
    ]
    .map(String::from)
    .into();
    assert_eq!(without, expected);
    // Tags known only at apply whose keys the merge decides (AWS-TAG-001).
    let tags = |source: &[&str]| -> BTreeSet<String> {
        let mut args = vec![plan, "--check", "AWS-TAG-001", "--format", "json"];
        args.extend(source);
        rule_statuses(&args)
            .into_iter()
            .filter(|f| f.contains("aws_sqs_queue.t") || f.contains("aws_sqs_queue.u"))
            .collect()
    };
    let expected: BTreeSet<String> = ["AWS-TAG-001 aws_sqs_queue.untagged fail"]
        .map(String::from)
        .into();
    assert_eq!(
        tags(&["--source-dir", "testdata/source/collections"]),
        expected
    );
    let expected: BTreeSet<String> = [
        "AWS-TAG-001 aws_sqs_queue.tagged unknown",
        "AWS-TAG-001 aws_sqs_queue.untagged unknown",
    ]
    .map(String::from)
    .into();
    assert_eq!(tags(&["--no-source"]), expected);
    // The reasons of the unknown merges name the argument that may hold the key.
    let (v, _) = run(
        ROOT,
        &[
            plan,
            "--source-dir",
            "testdata/source/collections",
            "--check",
            "AWS-VPC-020",
            "--format",
            "json",
        ],
    );
    let msg = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["address"] == "aws_vpc_endpoint.merge_undecided")
        .map(|f| f["message"].as_str().unwrap().to_string())
        .unwrap();
    assert!(
        msg.contains("vpc of a merge: whether local.upper_vpcs, a later argument, holds vpc"),
        "{msg}"
    );
    let (v, _) = run(
        ROOT,
        &[
            plan,
            "--source-dir",
            "testdata/source/collections",
            "--check",
            "AWS-LMB-006",
            "--format",
            "json",
        ],
    );
    let msg = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["address"] == "aws_lambda_function.merge_unknown")
        .map(|f| f["message"].as_str().unwrap().to_string())
        .unwrap();
    assert!(
        msg.contains("ORDERS_URL (a URL)") && msg.contains("local.queue_env"),
        "{msg}"
    );
}

#[test]
fn values_the_source_computes_are_not_their_references_values() {
    let plan = "testdata/source/computed/plan.json";
    let args = |extra: &'static [&'static str]| {
        let mut a = vec![
            plan,
            "--check",
            "AWS-S3-004,AWS-IAM-010",
            "--format",
            "json",
        ];
        a.extend_from_slice(extra);
        a
    };
    // replace() yields "Allow" and "*", the set's first element is "*", the optional
    // attribute's default is "*": taking the references' values would pass all four. A
    // condition's map from a variable is not "no condition" (that failed the TLS deny).
    let expected: BTreeSet<String> = [
        "aws_iam_role.replaced_principal unknown",
        "aws_iam_role.set_index unknown",
        "module.role.aws_iam_role.optional_default unknown",
        "aws_s3_bucket.replaced_effect unknown",
        "aws_s3_bucket.condition_from_variable unknown",
        "passed 0",
    ]
    .map(String::from)
    .into();
    let (with, _) = run(ROOT, &args(&["--source-dir", "testdata/source/computed"]));
    assert_eq!(statuses(&with), expected);
    let (without, _) = run(ROOT, &args(&["--no-source"]));
    assert_eq!(statuses(&without), expected);
    // A tag whose value is null is dropped: Owner is missing (the plan alone cannot tell).
    let tags = |extra: &'static str| {
        let (v, _) = run(
            ROOT,
            &[
                plan,
                "--check",
                "AWS-TAG-001",
                "--format",
                "json",
                extra,
                "testdata/source/computed",
            ][..if extra == "--no-source" { 6 } else { 7 }],
        );
        v["files"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["address"] == "aws_sns_topic.null_owner")
            .map(|f| format!("{} {}", f["status"], f["message"]))
            .unwrap()
    };
    assert_eq!(
        tags("--source-dir"),
        r#""fail" "missing required tags: Owner""#
    );
    assert!(tags("--no-source").starts_with(r#""unknown""#));
}

#[test]
fn dynamic_blocks_the_plan_expands_are_judged_element_by_element() {
    let plan = "testdata/source/dynamic-elements/plan.json";
    let rules = "AWS-SG-004,AWS-SG-007,AWS-CF-001";
    // A for_each known at plan time: the plan lists the collection's elements, and a rule
    // judges each; a field of one element known only at apply (security_groups of rule 1)
    // leaves rule 0 open to the world. A for_each known only at apply: one placeholder block,
    // unknown. A written rule beside dynamic ones: the configuration shows the written one
    // alone, so the plan's placeholder cannot be paired with it (it read as the written rule,
    // and passed); beside known dynamic rules, rule 0 is the plan's. CloudFront's second
    // origin is a bucket's domain, known at apply: the first origin alone cannot pass the
    // distribution (it had no result at all).
    let expected: BTreeSet<String> = [
        "AWS-CF-001 aws_cloudfront_distribution.cdn unknown",
        "AWS-SG-004 aws_security_group.known fail",
        "AWS-SG-004 aws_security_group.one_field_unknown fail",
        "AWS-SG-004 aws_security_group.placeholder unknown",
        "AWS-SG-004 aws_security_group.written_and_known fail",
        "AWS-SG-004 aws_security_group.written_and_placeholder unknown",
        "AWS-SG-004 module.web.aws_security_group.this fail",
        "AWS-SG-007 aws_security_group.known fail",
        "AWS-SG-007 aws_security_group.one_field_unknown fail",
        "AWS-SG-007 aws_security_group.placeholder unknown",
        "AWS-SG-007 aws_security_group.written_and_known fail",
        "AWS-SG-007 aws_security_group.written_and_placeholder unknown",
        "AWS-SG-007 module.web.aws_security_group.this fail",
        "passed 0",
    ]
    .map(String::from)
    .into();
    for source in [
        &["--source-dir", "testdata/source/dynamic-elements"][..],
        &["--no-source"][..],
    ] {
        let mut args = vec![plan, "--check", rules, "--format", "json"];
        args.extend(source);
        assert_eq!(rule_statuses(&args), expected, "{source:?}");
    }
}
