//! End-to-end tests of the binary: whole outputs, exit codes, inputs and errors.
//! Expected outputs live in tests/expected/; `UPDATE_EXPECT=1 cargo test` rewrites them.

use assert_cmd::Command;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn tfaudit() -> Command {
    let mut c = Command::cargo_bin("tfaudit").unwrap();
    // Outputs that depend on the CI or terminal they run in are tested with these set
    // explicitly.
    c.current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("GITLAB_CI");
    // Option defaults from the caller's environment would change every output.
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("TFAUDIT_") {
            c.env_remove(k);
        }
    }
    c
}

fn demo() -> &'static str {
    "testdata/demo/plan.json"
}

/// Compare with tests/expected/NAME, or rewrite it under UPDATE_EXPECT=1.
fn expect(name: &str, actual: &[u8]) {
    let path = root().join("tests/expected").join(name);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read(&path).unwrap_or_else(|_| panic!("missing {}", path.display()));
    assert_eq!(
        String::from_utf8_lossy(actual),
        String::from_utf8_lossy(&expected),
        "output differs from {}",
        path.display()
    );
}

struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().unwrap();
    Run {
        code: out.status.code().unwrap(),
        stdout: out.stdout,
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// A file's findings as sorted "RULE ADDRESS STATUS" lines.
fn rows(file: &serde_json::Value) -> Vec<String> {
    let mut rows: Vec<String> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let field = |k: &str| f[k].as_str().unwrap().to_string();
            format!("{} {} {}", field("rule"), field("address"), field("status"))
        })
        .collect();
    rows.sort();
    rows
}

#[test]
fn demo_table() {
    let r = run(tfaudit().arg(demo()));
    assert_eq!(r.code, 1);
    assert_eq!(r.stderr, "");
    expect("demo.txt", &r.stdout);
}

#[test]
fn demo_json() {
    let r = run(tfaudit().args([demo(), "--format", "json"]));
    assert_eq!(r.code, 1);
    expect("demo.json", &r.stdout);
}

#[test]
fn demo_findings_are_exact() {
    let r = run(tfaudit().args([demo(), "--format", "json"]));
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let got = rows(&v["files"][0]);
    assert_eq!(
        got,
        vec![
            "AWS-APIGW-001 module.api.aws_api_gateway_method_settings.all fail",
            "AWS-APIGW-004 module.api.aws_api_gateway_stage.prod fail",
            "AWS-APIGW-006 module.api.aws_api_gateway_stage.prod fail",
            "AWS-APIGW-010 module.api.aws_api_gateway_stage.prod fail",
            "AWS-ASG-002 module.web.aws_autoscaling_group.app fail",
            "AWS-BAK-001 aws_db_instance.orders fail",
            "AWS-CF-002 aws_cloudfront_distribution.shop fail",
            "AWS-CF-004 aws_cloudfront_distribution.shop fail",
            "AWS-CF-005 aws_cloudfront_distribution.shop fail",
            "AWS-CF-006 aws_cloudfront_distribution.shop fail",
            "AWS-CF-007 aws_cloudfront_distribution.shop fail",
            "AWS-CT-001 (stack) fail",
            "AWS-CW-001 aws_cloudwatch_log_group.audit fail",
            "AWS-CW-001 aws_cloudwatch_log_group.reports unknown",
            "AWS-EC2-001 module.network.aws_instance.bastion fail",
            "AWS-EC2-010 module.network.aws_instance.bastion unknown",
            "AWS-EC2-010 module.web.aws_launch_template.app unknown",
            "AWS-EC2-012 module.network.aws_instance.bastion unknown",
            "AWS-EC2-012 module.web.aws_launch_template.app unknown",
            "AWS-EC2-013 module.network.aws_instance.bastion fail",
            "AWS-EC2-013 module.web.aws_launch_template.app unknown",
            "AWS-EC2-017 module.web.aws_launch_template.app unknown",
            "AWS-ELB-001 module.web.aws_lb.web fail",
            "AWS-ELB-003 module.web.aws_lb.web fail",
            "AWS-ELB-004 module.web.aws_lb.web fail",
            "AWS-ELB-005 module.web.aws_lb_listener.https fail",
            "AWS-ELC-001 aws_elasticache_replication_group.cart fail",
            "AWS-ELC-004 aws_elasticache_replication_group.cart fail",
            "AWS-ELC-006 aws_elasticache_replication_group.cart fail",
            "AWS-ELC-006 aws_elasticache_replication_group.sessions fail",
            "AWS-IAM-001 module.api.aws_iam_role_policy.worker fail",
            "AWS-KMS-002 aws_cloudwatch_log_group.app fail",
            "AWS-KMS-002 aws_cloudwatch_log_group.reports unknown",
            "AWS-LMB-001 module.api.aws_lambda_function.worker fail",
            "AWS-RDS-001 aws_db_instance.orders fail",
            "AWS-RDS-002 aws_db_instance.orders fail",
            "AWS-RDS-005 aws_db_instance.orders fail",
            "AWS-RDS-006 aws_db_instance.orders fail",
            "AWS-RDS-009 aws_db_instance.orders fail",
            "AWS-RDS-010 aws_db_instance.orders fail",
            "AWS-RDS-012 aws_db_instance.orders fail",
            "AWS-RDS-013 aws_db_instance.orders fail",
            "AWS-S3-001 aws_s3_bucket.exports fail",
            "AWS-S3-002 aws_s3_bucket.exports fail",
            "AWS-S3-003 aws_s3_bucket.exports fail",
            "AWS-S3-003 module.flow_logs.aws_s3_bucket.flow_logs fail",
            "AWS-S3-004 aws_s3_bucket.exports fail",
            "AWS-S3-006 aws_s3_bucket.exports fail",
            "AWS-S3-008 aws_s3_bucket.exports fail",
            "AWS-SG-001 module.network.aws_security_group_rule.egress fail",
            "AWS-SG-003 module.web.aws_lb_listener.http fail",
            "AWS-SG-005 module.network.aws_vpc.batch fail",
            "AWS-SG-005 module.network.aws_vpc.this fail",
            "AWS-SNS-001 aws_sns_topic.alerts fail",
            "AWS-SNS-001 module.storage.aws_sns_topic.uploads fail",
            "AWS-SNS-002 aws_sns_topic.alerts fail",
            "AWS-SNS-002 module.storage.aws_sns_topic.uploads fail",
            "AWS-SNS-004 aws_sns_topic.alerts fail",
            "AWS-SNS-004 module.storage.aws_sns_topic.uploads fail",
            "AWS-SQS-004 module.api.aws_sqs_queue.dlq fail",
            "AWS-TAG-001 aws_elasticache_subnet_group.cache fail",
            "AWS-TAG-001 module.network.aws_vpc_security_group_ingress_rule.https fail",
            "AWS-TAG-001 module.storage.aws_sns_topic.uploads fail",
            "AWS-TF-004 provider.aws fail",
            "AWS-VPC-001 module.network.aws_vpc.batch fail",
            "AWS-VPC-003 module.network.aws_vpc_endpoint.dynamodb fail",
            "AWS-VPC-005 module.network.aws_instance.bastion fail",
            "AWS-VPC-011 module.network.aws_subnet.public[0] fail",
            "AWS-VPC-011 module.network.aws_subnet.public[1] fail",
            "AWS-WAF-002 module.web.aws_lb.web fail",
            "AWS-XRAY-001 (stack) fail",
        ]
    );
}

#[test]
fn output_is_deterministic() {
    for format in ["table", "json"] {
        let a = run(tfaudit().args([demo(), "--format", format]));
        let b = run(tfaudit().args([demo(), "--format", format]));
        assert_eq!(a.stdout, b.stdout, "{format}");
    }
}

#[test]
fn fail_on_threshold_gates_the_exit_code() {
    assert_eq!(run(tfaudit().args([demo(), "--fail-on", "high"])).code, 1);
    // The demo has no CloudTrail (AWS-CT-001, critical); a plan with one passes at critical.
    assert_eq!(
        run(tfaudit().args([demo(), "--fail-on", "critical"])).code,
        1
    );
    assert_eq!(
        run(tfaudit().args([
            "testdata/rules/AWS-CT-001-pass/plan.json",
            "--fail-on",
            "critical"
        ]))
        .code,
        0
    );
}

#[test]
fn unknown_mode_warn_fail_ignore() {
    let plan = "testdata/rules/AWS-VPC-001-unresolved/plan.json";
    // The only high (or higher) finding left is VPC-001 Unknown: tags are medium, and the
    // missing trail (critical) and the VPC's unadopted default group (high) are switched off.
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("tfaudit.toml");
    std::fs::write(
        &config,
        "[rules.AWS-CT-001]\nenabled = false\n[rules.AWS-SG-005]\nenabled = false\n",
    )
    .unwrap();
    let with = |extra: &[&str]| {
        run(tfaudit()
            .args([plan, "--fail-on", "high", "--config"])
            .arg(&config)
            .args(extra))
    };
    let warn = with(&[]);
    assert_eq!(warn.code, 0);
    assert!(String::from_utf8_lossy(&warn.stdout).contains("UNKNOWN"));
    assert_eq!(with(&["--unknown", "fail"]).code, 1);
    let ignore = with(&["--unknown", "ignore"]);
    assert_eq!(ignore.code, 0);
    assert!(!String::from_utf8_lossy(&ignore.stdout).contains("UNKNOWN"));
}

#[test]
fn stdin_dash_and_implicit_pipe() {
    let bytes = std::fs::read(root().join(demo())).unwrap();
    let file = run(tfaudit().args([demo(), "--format", "json"]));
    for args in [vec!["-", "--format", "json"], vec!["--format", "json"]] {
        let piped = run(tfaudit().args(&args).write_stdin(bytes.clone()));
        assert_eq!(piped.code, 1);
        let text = String::from_utf8(piped.stdout).unwrap();
        let expected = String::from_utf8(file.stdout.clone())
            .unwrap()
            .replace(demo(), "-");
        assert_eq!(text, expected);
    }
}

#[test]
fn several_files_each_under_its_own_name() {
    let a = "testdata/rules/AWS-CW-001/plan.json";
    let b = "testdata/rules/AWS-RDS-006/plan.json";
    let r = run(tfaudit().args([a, b, "--format", "json"]));
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, vec![a, b]);
    let table = String::from_utf8(run(tfaudit().args([a, b])).stdout).unwrap();
    assert!(table.starts_with(&format!("{a}\n")));
    assert!(table.contains(&format!("\n\n{b}\n")));
}

#[test]
fn utf16_with_bom_is_read_like_utf8() {
    let text = std::fs::read_to_string(root().join(demo())).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan-utf16.json");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    std::fs::write(&path, bytes).unwrap();
    let utf16 = run(tfaudit().arg(&path).args(["--format", "json"]));
    let utf8 = run(tfaudit().args([demo(), "--format", "json"]));
    let as_text = |r: &Run, p: &str| {
        String::from_utf8(r.stdout.clone())
            .unwrap()
            .replace(p, "PLAN")
    };
    assert_eq!(
        as_text(&utf16, path.to_str().unwrap()),
        as_text(&utf8, demo())
    );
}

#[test]
fn state_json_is_audited() {
    let r = run(tfaudit().args(["testdata/state/state.json", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let f = &v["files"][0];
    assert_eq!(f["kind"], "state");
    assert_eq!(f["summary"]["resources"], 3);
    let got = rows(f);
    // The legacy VPC has a flow log, found through its known ID; the replaced one has none.
    assert_eq!(
        got,
        vec![
            "AWS-CT-001 (stack) fail",
            "AWS-SG-005 aws_vpc.legacy unknown",
            "AWS-SG-005 aws_vpc.replaced unknown",
            "AWS-TAG-001 aws_flow_log.removed fail",
            "AWS-TAG-001 aws_vpc.legacy fail",
            "AWS-TAG-001 aws_vpc.replaced fail",
            "AWS-VPC-001 aws_vpc.replaced fail",
        ]
    );
}

#[test]
fn sensitive_values_never_appear() {
    for format in ["table", "json"] {
        for plan in [
            demo(),
            "testdata/model/references/plan.json",
            "testdata/rules/AWS-ELC-001/plan.json",
        ] {
            let r = run(tfaudit().args([plan, "--format", format]));
            let out = String::from_utf8(r.stdout).unwrap() + &r.stderr;
            for secret in [
                "demo-password-do-not-print",
                "demo-redis-token-do-not-print",
                "model-fixture-password",
                "fixture-token-0123456789",
            ] {
                assert!(
                    !out.contains(secret),
                    "{secret} printed by {plan} as {format}"
                );
            }
        }
    }
}

#[test]
fn binary_plan_without_terraform_is_a_clear_error() {
    let empty = tempfile::tempdir().unwrap();
    let r = run(tfaudit()
        .arg("testdata/binary/tfplan")
        .env("PATH", empty.path()));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "tfaudit: testdata/binary/tfplan: binary plan file and terraform is not on PATH; convert it with `terraform show -json testdata/binary/tfplan > plan.json` in the initialised working directory\n"
    );
    assert!(r.stdout.is_empty());
}

/// Inputs Terraform cannot produce, written here: each is exit 2 and one line naming the file.
#[test]
fn bad_inputs_exit_2_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let demo_text = std::fs::read_to_string(root().join(demo())).unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.json", vec![], "empty input"),
        ("blank.json", b"  \n\t\n".to_vec(), "empty input"),
        ("null.json", b"null".to_vec(), "not a Terraform plan or state: the top level is null, not an object"),
        ("array.json", b"[1, 2]".to_vec(), "not a Terraform plan or state: the top level is an array, not an object"),
        ("text.json", b"hello".to_vec(), "not valid JSON (expected value at line 1 column 1)"),
        (
            "truncated.json",
            demo_text.as_bytes()[..demo_text.len() / 2].to_vec(),
            "truncated JSON (EOF while parsing",
        ),
        (
            "other.json",
            br#"{"name": "not a plan"}"#.to_vec(),
            "not a Terraform plan or state (no format_version, planned_values, resource_changes or values)",
        ),
        (
            "future.json",
            br#"{"format_version": "2.0", "planned_values": {}}"#.to_vec(),
            "unsupported format_version \"2.0\" (tfaudit reads 0.x and 1.x)",
        ),
        ("latin1.json", b"{\"a\": \"caf\xe9\"}".to_vec(), "invalid UTF-8 at byte 10"),
        (
            "utf16-no-bom.json",
            "{}".encode_utf16().flat_map(|u| u.to_le_bytes()).collect(),
            "looks like UTF-16 without a byte-order mark; save it as UTF-8",
        ),
        ("deep.json", "[".repeat(100_000).into_bytes(), "not valid JSON (recursion limit exceeded"),
    ];
    for (name, bytes, reason) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let r = run(tfaudit().arg(&path));
        assert_eq!(r.code, 2, "{name}");
        assert!(r.stdout.is_empty(), "{name}");
        let prefix = format!("tfaudit: {}: {reason}", path.display());
        assert!(r.stderr.starts_with(&prefix), "{name}: {:?}", r.stderr);
        assert_eq!(r.stderr.lines().count(), 1, "{name}");
    }
    let missing = run(tfaudit().arg("no/such/plan.json"));
    assert_eq!(
        (missing.code, missing.stderr.as_str()),
        (2, "tfaudit: no/such/plan.json: no such file\n")
    );
    let directory = run(tfaudit().arg("testdata"));
    assert_eq!(
        (directory.code, directory.stderr.as_str()),
        (2, "tfaudit: testdata: is a directory, not a plan file\n")
    );
}

#[test]
fn a_bad_file_among_good_ones_still_reports_the_good_ones() {
    let r = run(tfaudit().args([demo(), "no/such.json", "--format", "json"]));
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr, "tfaudit: no/such.json: no such file\n");
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(v["files"].as_array().unwrap().len(), 1);
}

#[test]
fn rules_and_explain() {
    let r = run(tfaudit().arg("rules"));
    assert_eq!(r.code, 0);
    expect("rules.txt", &r.stdout);
    let r = run(tfaudit().args(["explain", "aws-vpc-001"]));
    assert_eq!(r.code, 0);
    let text = String::from_utf8(r.stdout).unwrap();
    assert!(text.starts_with(
        "# AWS-VPC-001 VPC without flow logs\n\n| | |\n|---|---|\n| Severity | high |\n"
    ));
    assert!(text.contains("## Why it matters"));
    let r = run(tfaudit().args(["explain", "AWS-NOPE-001"]));
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            2,
            "tfaudit: no rule AWS-NOPE-001; `tfaudit rules` lists them\n"
        )
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(tfaudit().args([demo(), "--format", "yaml"])).code, 2);
    assert_eq!(run(tfaudit().args([demo(), "--fail-on", "severe"])).code, 2);
    let help = run(tfaudit().arg("--help"));
    assert_eq!(help.code, 0);
    assert!(String::from_utf8(help.stdout)
        .unwrap()
        .contains("Exit codes:"));
}

#[test]
fn no_colour_when_not_a_terminal() {
    let r = run(tfaudit().arg(demo()));
    assert!(!r.stdout.contains(&0x1b), "escape codes in piped output");
}

#[test]
fn check_subcommand_is_the_default_command() {
    let plain = run(tfaudit().args([demo(), "--format", "json"]));
    let check = run(tfaudit().args(["check", demo(), "--format", "json"]));
    assert_eq!(check.code, plain.code);
    assert_eq!(check.stdout, plain.stdout);
}

#[test]
fn config_file_is_discovered_and_strict() {
    let dir = tempfile::tempdir().unwrap();
    let plan = root().join(demo());
    std::fs::write(
        dir.path().join("tfaudit.toml"),
        "[rules.AWS-TAG-001]\nrequired = [\"Environment\"]\n\n[rules.AWS-SG-001]\nenabled = false\n",
    )
    .unwrap();
    let mut cmd = Command::cargo_bin("tfaudit").unwrap();
    let r = run(cmd
        .current_dir(dir.path())
        .arg(&plan)
        .args(["--format", "json"]));
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let got = rows(&v["files"][0]);
    assert!(
        !got.iter()
            .any(|f| f.starts_with("AWS-TAG-001") || f.starts_with("AWS-SG-001")),
        "{got:?}"
    );
    assert!(got.iter().any(|f| f.starts_with("AWS-VPC-001")));

    std::fs::write(
        dir.path().join("bad.toml"),
        "[rules.AWS-SG-001]\nenable = true\n",
    )
    .unwrap();
    let mut cmd = Command::cargo_bin("tfaudit").unwrap();
    let r = run(cmd
        .current_dir(dir.path())
        .arg(&plan)
        .args(["--config", "bad.toml"]));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "tfaudit: bad.toml: unknown key `rules.AWS-SG-001.enable`\n"
    );
    assert!(r.stdout.is_empty());

    let r = run(tfaudit().args([demo(), "--config", "no/such.toml"]));
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (2, "tfaudit: no/such.toml: no such file\n")
    );
}

#[test]
fn opt_rules_run_only_when_enabled_and_report_on_the_stack() {
    let plan = "testdata/rules/AWS-VPC-008-fail/plan.json";
    let off = run(tfaudit().args([plan, "--format", "json"]));
    let v: serde_json::Value = serde_json::from_slice(&off.stdout).unwrap();
    assert!(!rows(&v["files"][0])
        .iter()
        .any(|r| r.starts_with("AWS-VPC-008")));

    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("tfaudit.toml");
    std::fs::write(&config, "[rules.AWS-VPC-008]\nenabled = true\n").unwrap();
    let on = run(tfaudit()
        .arg(plan)
        .arg("--config")
        .arg(&config)
        .args(["--format", "json"]));
    let v: serde_json::Value = serde_json::from_slice(&on.stdout).unwrap();
    assert!(rows(&v["files"][0]).contains(&"AWS-VPC-008 (stack) fail".to_string()));
    let table = run(tfaudit().arg(plan).arg("--config").arg(&config));
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(
        text.lines()
            .any(|l| l.contains("AWS-VPC-008") && l.contains("(stack)")),
        "{text}"
    );
}

/// Every format, on the demo with its sources, compared whole.
#[test]
fn every_format_with_source_locations() {
    for (format, expected) in [
        ("table", "demo-sources.txt"),
        ("json", "demo-sources.json"),
        ("sarif", "demo.sarif"),
        ("junit", "demo.junit.xml"),
        ("github", "demo.github.txt"),
        ("markdown", "demo.md"),
    ] {
        let r = run(tfaudit().args([demo(), "--source-dir", "testdata/demo", "--format", format]));
        assert_eq!(r.code, 1, "{format}");
        assert_eq!(r.stderr, "", "{format}");
        expect(expected, &r.stdout);
    }
}

#[test]
fn several_formats_to_several_files_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let sarif = dir.path().join("out.sarif");
    let junit = dir.path().join("out.xml");
    let table = dir.path().join("out.txt");
    let r = run(tfaudit()
        .args([demo(), "--source-dir", "testdata/demo"])
        .arg("--format")
        .arg(format!("sarif={}", sarif.display()))
        .arg("--format")
        .arg(format!("junit={}", junit.display()))
        .arg("--output")
        .arg(&table));
    assert_eq!(r.code, 1);
    assert!(r.stdout.is_empty());
    let single = |f: &str| {
        run(tfaudit().args([demo(), "--source-dir", "testdata/demo", "--format", f])).stdout
    };
    assert_eq!(std::fs::read(&sarif).unwrap(), single("sarif"));
    assert_eq!(std::fs::read(&junit).unwrap(), single("junit"));
    assert_eq!(std::fs::read(&table).unwrap(), single("table"));

    let two = run(tfaudit().args([demo(), "--format", "json", "--format", "sarif"]));
    assert_eq!(two.code, 2);
    assert_eq!(
        two.stderr,
        "tfaudit: only one --format can go to standard output (or --output); give the others as FORMAT=FILE\n"
    );
    let bad = run(tfaudit().args([demo(), "--format", "yaml=x"]));
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("unknown format `yaml`"),
        "{}",
        bad.stderr
    );
}

#[test]
fn unknown_gating_changes_sarif_junit_and_annotations() {
    let plan = "testdata/rules/AWS-VPC-001-unresolved/plan.json";
    let github = |mode: &str| {
        String::from_utf8(
            run(tfaudit().args([plan, "--format", "github", "--unknown", mode])).stdout,
        )
        .unwrap()
    };
    assert!(github("warn")
        .lines()
        .any(|l| l.starts_with("::notice ") && l.contains("AWS-VPC-001")));
    assert!(github("fail")
        .lines()
        .any(|l| l.starts_with("::error ") && l.contains("AWS-VPC-001")));
    let junit = |mode: &str| {
        String::from_utf8(
            run(tfaudit().args([plan, "--format", "junit", "--unknown", mode])).stdout,
        )
        .unwrap()
    };
    assert!(junit("warn").contains("<skipped message=\"unknown: no flow log found"));
    assert!(!junit("fail").contains("<skipped"));
    let sarif: serde_json::Value =
        serde_json::from_slice(&run(tfaudit().args([plan, "--format", "sarif"])).stdout).unwrap();
    let vpc = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "AWS-VPC-001")
        .unwrap();
    assert_eq!(
        (vpc["kind"].as_str(), vpc["level"].as_str()),
        (Some("review"), Some("none"))
    );
}

fn with_config(toml: &str, args: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("tfaudit.toml");
    std::fs::write(&config, toml).unwrap();
    run(tfaudit().args(args).arg("--config").arg(&config))
}

#[test]
fn suppressions_hide_findings_until_they_expire() {
    let args = [demo(), "--format", "json"];
    let keep = "[[suppress]]\nrule = \"AWS-S3\"\naddress = \"aws_s3_bucket.exports\"\nreason = \"export bucket is public by design\"\nexpires = \"2999-12-31\"\n";
    let r = with_config(keep, &args);
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let got = rows(&v["files"][0]);
    assert!(
        !got.iter().any(|f| f.contains("aws_s3_bucket.exports")),
        "{got:?}"
    );
    assert_eq!(v["files"][0]["summary"]["suppressed"], 6);

    let expired = keep.replace("2999-12-31", "2001-01-31");
    let r = with_config(&expired, &args);
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let got = rows(&v["files"][0]);
    assert!(got.contains(&"AWS-S3-001 aws_s3_bucket.exports fail".to_string()));
    let cfg: Vec<&String> = got
        .iter()
        .filter(|f| f.starts_with("TFAUDIT-CFG-001"))
        .collect();
    assert_eq!(cfg.len(), 1, "{got:?}");
    assert!(
        cfg[0].ends_with("tfaudit.toml: suppress[0] fail"),
        "{cfg:?}"
    );
}

#[test]
fn strict_config_reports_suppressions_that_matched_nothing() {
    let unused =
        "[[suppress]]\nrule = \"AWS-SG-001\"\naddress = \"module.gone.*\"\nreason = \"removed\"\n";
    let lax = with_config(unused, &[demo(), "--format", "json"]);
    assert!(!String::from_utf8(lax.stdout)
        .unwrap()
        .contains("TFAUDIT-CFG-002"));
    let strict = with_config(unused, &[demo(), "--format", "json", "--strict-config"]);
    let v: serde_json::Value = serde_json::from_slice(&strict.stdout).unwrap();
    assert!(rows(&v["files"][0])
        .iter()
        .any(|f| f.starts_with("TFAUDIT-CFG-002")));
}

#[test]
fn severity_overrides_and_families_change_the_gate() {
    // Only high findings fail; lowering every family to low passes the run.
    let all_low = "[rules.AWS]\nseverity = \"low\"\n";
    assert_eq!(with_config(all_low, &[demo(), "--fail-on", "high"]).code, 0);
    let one_critical =
        "[rules.AWS]\nseverity = \"low\"\n[rules.AWS-S3-001]\nseverity = \"critical\"\n";
    let r = with_config(
        one_critical,
        &[demo(), "--fail-on", "high", "--format", "json"],
    );
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(v["files"][0]["summary"]["failing"], 1);
    assert_eq!(v["files"][0]["findings"][0]["severity"], "critical");
}

#[test]
fn config_show_and_init() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = Command::cargo_bin("tfaudit").unwrap();
    let r = run(cmd.current_dir(dir.path()).arg("init"));
    assert_eq!(
        (r.code, String::from_utf8(r.stdout).unwrap()),
        (0, "wrote tfaudit.toml\n".to_string())
    );
    let mut cmd = Command::cargo_bin("tfaudit").unwrap();
    let again = run(cmd.current_dir(dir.path()).arg("init"));
    assert_eq!(
        (again.code, again.stderr.as_str()),
        (
            2,
            "tfaudit: tfaudit.toml: already exists; not overwritten\n"
        )
    );
    std::fs::write(
        dir.path().join("tfaudit.toml"),
        "[rules.AWS-VPC-008]\nenabled = true\n[rules.AWS-TAG-001]\nrequired = [\"Team\"]\n",
    )
    .unwrap();
    let mut cmd = Command::cargo_bin("tfaudit").unwrap();
    let show =
        String::from_utf8(run(cmd.current_dir(dir.path()).args(["config", "--show"])).stdout)
            .unwrap();
    assert!(show.starts_with("# effective configuration: defaults and tfaudit.toml\n"));
    assert!(show.contains("[rules.AWS-VPC-008]\nenabled = true\nseverity = \"medium\"\n"));
    assert!(show.contains("[rules.AWS-VPC-009]\nenabled = false\n"));
    assert!(show.contains(
        "[rules.AWS-TAG-001]\nenabled = true\nseverity = \"medium\"\nrequired = [\"Team\"]\n"
    ));
}

#[test]
fn baseline_fails_only_on_new_findings_and_counts_the_fixed() {
    let dir = tempfile::tempdir().unwrap();
    let baseline = dir.path().join("tfaudit-baseline.json");
    let r = run(tfaudit().args(["baseline", demo()]));
    assert_eq!(r.code, 0);
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(v["version"], 1);
    let entries = v["entries"].as_array().unwrap();
    assert!(entries.iter().any(|e| e == &serde_json::json!({"rule": "AWS-S3-001", "address": "aws_s3_bucket.exports", "attribute": "", "status": "fail", "file": demo()})));
    // Accept everything but the S3-001 finding, and add one entry that no longer occurs.
    let mut kept: Vec<serde_json::Value> = entries
        .iter()
        .filter(|e| e["rule"] != "AWS-S3-001")
        .cloned()
        .collect();
    kept.push(serde_json::json!({"rule": "AWS-RDS-006", "address": "aws_db_instance.gone", "attribute": "storage_encrypted"}));
    std::fs::write(
        &baseline,
        serde_json::to_string(&serde_json::json!({"version": 1, "entries": kept})).unwrap(),
    )
    .unwrap();

    let r = run(tfaudit()
        .args([demo(), "--format", "json", "--baseline"])
        .arg(&baseline));
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(
        rows(&v["files"][0]),
        vec!["AWS-S3-001 aws_s3_bucket.exports fail"]
    );
    assert_eq!(v["files"][0]["summary"]["baselined"], entries.len() - 1);
    assert_eq!(v["files"][0]["summary"]["baseline_fixed"], 1);

    std::fs::write(&baseline, "{\"entries\": []}").unwrap();
    let bad = run(tfaudit().args([demo(), "--baseline"]).arg(&baseline));
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.starts_with(&format!(
            "tfaudit: {}: not a tfaudit baseline (missing field `version`",
            baseline.display()
        )),
        "{}",
        bad.stderr
    );
}

#[test]
fn a_baseline_entry_covers_only_the_input_it_was_found_in() {
    // Two inputs audited together (prod and staging) with the same addresses: prod's accepted
    // findings do not hide staging's (fifth adversarial review). Entries without a file, as
    // earlier versions wrote them, still cover any input.
    let dir = tempfile::tempdir().unwrap();
    let (prod, staging) = (
        dir.path().join("prod.json"),
        dir.path().join("staging.json"),
    );
    std::fs::copy(demo(), &prod).unwrap();
    std::fs::copy(demo(), &staging).unwrap();
    let baseline = dir.path().join("tfaudit-baseline.json");
    let r = run(tfaudit().arg("baseline").arg(&prod));
    std::fs::write(&baseline, &r.stdout).unwrap();
    let code = |input: &std::path::Path, baseline: &std::path::Path| {
        run(tfaudit().arg(input).arg("--baseline").arg(baseline)).code
    };
    assert_eq!(code(&prod, &baseline), 0);
    assert_eq!(code(&staging, &baseline), 1);
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let mut entries = v["entries"].as_array().unwrap().clone();
    for e in &mut entries {
        e.as_object_mut().unwrap().remove("file");
    }
    let anywhere = dir.path().join("anywhere.json");
    std::fs::write(
        &anywhere,
        serde_json::json!({"version": 1, "entries": entries}).to_string(),
    )
    .unwrap();
    assert_eq!(code(&staging, &anywhere), 0);
}

#[test]
fn baseline_entries_accept_the_status_they_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let baseline = dir.path().join("tfaudit-baseline.json");
    let r = run(tfaudit().args(["baseline", demo()]));
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let entries = v["entries"].as_array().unwrap();
    assert!(entries.iter().any(|e| e == &serde_json::json!({"rule": "AWS-S3-001", "address": "aws_s3_bucket.exports", "attribute": "", "status": "fail", "file": demo()})));
    assert!(entries.iter().any(|e| e == &serde_json::json!({"rule": "AWS-KMS-002", "address": "aws_cloudwatch_log_group.reports", "attribute": "kms_key_id", "status": "unknown", "file": demo()})));
    let audit = |entries: serde_json::Value| {
        std::fs::write(
            &baseline,
            serde_json::json!({"version": 1, "entries": entries}).to_string(),
        )
        .unwrap();
        let r = run(tfaudit()
            .args([demo(), "--format", "json", "--baseline"])
            .arg(&baseline));
        let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
        (
            rows(&v["files"][0]),
            v["files"][0]["summary"]["baselined"].clone(),
            v["files"][0]["summary"]["baseline_fixed"].clone(),
        )
    };
    // An accepted Unknown does not hide the Fail; an accepted Fail covers an Unknown.
    let (shown, accepted, fixed) = audit(serde_json::json!([
        {"rule": "AWS-S3-001", "address": "aws_s3_bucket.exports", "attribute": "", "status": "unknown"},
        {"rule": "AWS-KMS-002", "address": "aws_cloudwatch_log_group.reports", "attribute": "kms_key_id", "status": "fail"},
    ]));
    assert!(shown.contains(&"AWS-S3-001 aws_s3_bucket.exports fail".to_string()));
    assert!(!shown
        .iter()
        .any(|f| f.contains("aws_cloudwatch_log_group.reports") && f.starts_with("AWS-KMS-002")));
    assert_eq!(accepted, 1);
    // Still there, and worse: not fixed.
    assert_eq!(fixed, 0);
    // Entries written before statuses were recorded accept either, as they did.
    let (shown, accepted, _) = audit(serde_json::json!([
        {"rule": "AWS-S3-001", "address": "aws_s3_bucket.exports", "attribute": ""},
        {"rule": "AWS-KMS-002", "address": "aws_cloudwatch_log_group.reports", "attribute": "kms_key_id"},
    ]));
    assert!(!shown
        .iter()
        .any(|f| f.starts_with("AWS-S3-001 aws_s3_bucket.exports")));
    assert!(!shown
        .iter()
        .any(|f| f.starts_with("AWS-KMS-002 aws_cloudwatch_log_group.reports")));
    assert_eq!(accepted, 2);
}

#[test]
fn changed_only_skips_untouched_resources_but_not_deletions_or_what_controls_protect() {
    let plan = "testdata/rules/AWS-DEL-001-equivalent/plan.json";
    let all = run(tfaudit().args([plan, "--format", "json"]));
    let changed = run(tfaudit().args([plan, "--format", "json", "--changed-only"]));
    let rows_of = |r: &Run| {
        rows(&serde_json::from_slice::<serde_json::Value>(&r.stdout).unwrap()["files"][0])
    };
    let (all, changed) = (rows_of(&all), rows_of(&changed));
    // aws_vpc.other does not change, and its flow log is only forgotten: not judged.
    assert!(all.contains(&"AWS-TAG-001 aws_vpc.other fail".to_string()));
    assert!(
        !changed.iter().any(|f| f.contains("aws_vpc.other")),
        "{changed:?}"
    );
    assert!(changed.contains(&"AWS-DEL-001 aws_flow_log.fail_not_superseded fail".to_string()));
    // Its public access block is weakened in place: the bucket is judged.
    assert!(changed.contains(&"AWS-S3-001 aws_s3_bucket.shared fail".to_string()));
    // Its flow log moves to VPC b: VPC a is judged, and the move is a deletion for it.
    assert!(changed.contains(&"AWS-VPC-001 aws_vpc.a fail".to_string()));
    assert!(changed.contains(&"AWS-DEL-001 aws_flow_log.fail_moved_to_other_vpc fail".to_string()));
}

#[test]
fn changed_only_judges_a_resource_whose_companion_changes() {
    // The bucket is a no-op, its versioning is suspended in place: the bucket is judged again.
    let plan = "testdata/model/changed-companions/plan.json";
    let r = run(tfaudit().args([plan, "--format", "json", "--changed-only"]));
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert!(
        rows(&v["files"][0]).contains(&"AWS-S3-002 aws_s3_bucket.data fail".to_string()),
        "{:?}",
        rows(&v["files"][0])
    );
    assert_eq!(r.code, 1);
}

const CUSTOM: &str = r#"
[[custom]]
id = "ORG-RDS-001"
severity = "high"
title = "Databases run PostgreSQL"
resource_types = ["aws_db_instance"]
path = "$.engine"
condition = "equals"
value = "postgres"

[[custom]]
id = "ORG-S3-001"
severity = "medium"
title = "Bucket names start with demo-"
resource_types = ["aws_s3_bucket"]
path = "$.bucket"
condition = "matches"
value = "^demo-"

[[custom]]
id = "ORG-S3-002"
severity = "low"
title = "Bucket ARNs are known"
resource_types = ["aws_s3_bucket"]
path = "$.arn"
condition = "exists"

[[custom]]
id = "ORG-RDS-002"
severity = "low"
title = "Not the default password"
resource_types = ["aws_db_instance"]
path = "$.password"
condition = "equals"
value = "changeme"
"#;

#[test]
fn custom_jsonpath_rules_in_every_format() {
    let r = with_config(CUSTOM, &[demo(), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let custom: Vec<String> = rows(&v["files"][0])
        .into_iter()
        .filter(|f| f.starts_with("ORG-"))
        .collect();
    assert_eq!(
        custom,
        vec![
            "ORG-RDS-002 aws_db_instance.orders fail",
            "ORG-S3-001 module.flow_logs.aws_s3_bucket.flow_logs fail",
            "ORG-S3-002 aws_s3_bucket.exports unknown",
            "ORG-S3-002 module.flow_logs.aws_s3_bucket.flow_logs unknown",
            "ORG-S3-002 module.storage.aws_s3_bucket.this unknown",
        ]
    );
    for format in ["table", "json", "sarif", "junit", "github", "markdown"] {
        let out = with_config(CUSTOM, &[demo(), "--format", format]);
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("ORG-S3-001"), "{format}");
        assert!(
            !text.contains("demo-password-do-not-print"),
            "{format} printed a secret"
        );
    }
}

#[test]
fn bad_custom_rules_are_config_errors_naming_the_rule() {
    let bad_path = CUSTOM.replace("path = \"$.engine\"", "path = \"$[?(@.x ==\"");
    let r = with_config(&bad_path, &[demo()]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains(": custom rule ORG-RDS-001: bad JSONPath `$[?(@.x ==`: "),
        "{}",
        r.stderr
    );
    assert_eq!(r.stderr.lines().count(), 1);
    let bad_condition = CUSTOM.replace("condition = \"exists\"", "condition = \"present\"");
    let r = with_config(&bad_condition, &[demo()]);
    assert!(
        r.stderr
            .contains("custom rule ORG-S3-002: unknown condition `present`"),
        "{}",
        r.stderr
    );
    let taken = CUSTOM.replace("ORG-RDS-001", "AWS-RDS-099");
    let r = with_config(&taken, &[demo()]);
    assert!(
        r.stderr
            .contains("IDs starting with AWS- or TFAUDIT- are tfaudit's own"),
        "{}",
        r.stderr
    );
}

#[test]
fn markdown_folds_findings_past_the_first_fifty() {
    let plans = [
        demo(),
        "testdata/rules/AWS-SG-001/plan.json",
        "testdata/rules/AWS-S3-004/plan.json",
        "testdata/rules/AWS-TAG-001/plan.json",
        "testdata/rules/AWS-RDS-004/plan.json",
    ];
    let r = run(tfaudit().args(plans).args(["--format", "markdown"]));
    let text = String::from_utf8(r.stdout).unwrap();
    let items = text.lines().filter(|l| l.starts_with("- **")).count();
    assert!(items > 50, "{items} findings");
    let fold = text.find("<details><summary>").expect("no fold");
    assert_eq!(
        text[..fold]
            .lines()
            .filter(|l| l.starts_with("- **"))
            .count(),
        50
    );
    assert!(text.contains(&format!(
        "<details><summary>{} more findings</summary>",
        items - 50
    )));
    assert!(text.trim_end().ends_with("</details>"));
    for p in plans {
        assert!(
            text.contains(&format!("| `{p}` |")),
            "{p} missing from the summary table"
        );
    }
}

/// Findings on variables and providers point at the block where the fix goes.
#[test]
fn findings_on_variables_and_providers_carry_their_blocks_location() {
    // "LEVEL FILE:LINE ADDRESS", from annotations and from the log lines past GitHub's 10.
    let github = |dir: &str, rule: &str| -> Vec<String> {
        let r = run(tfaudit().args([
            &format!("{dir}/plan.json"),
            "--source-dir",
            dir,
            "--format",
            "github",
        ]));
        let mut lines: Vec<String> = String::from_utf8(r.stdout)
            .unwrap()
            .lines()
            .filter_map(|l| {
                let address = l.rsplit_once(" (")?.1.trim_end_matches(')');
                if let Some(rest) = l.strip_prefix("::") {
                    let (head, _) = rest.split_once(&format!(",title={rule} "))?;
                    let (level, props) = head.split_once(" file=")?;
                    let (file, line) = props.split_once(",line=")?;
                    Some(format!("{level} {file}:{line} {address}"))
                } else {
                    let (level, rest) = l.split_once(&format!(": {rule} "))?;
                    let at = rest.split_once(" at ")?.1.split_once(": ")?.0;
                    Some(format!("{level} {at} {address}"))
                }
            })
            .collect();
        lines.sort();
        lines
    };
    assert_eq!(
        github("testdata/rules/AWS-TF-006", "AWS-TF-006"),
        vec![
            // With the source, `local.password` is followed: built from a key ID, no variable.
            "warning testdata/rules/AWS-TF-006/main.tf:3 var.plain_password",
            "warning testdata/rules/AWS-TF-006/main.tf:66 var.app_db_token",
            "warning testdata/rules/AWS-TF-006/modules/defaulted/main.tf:2 module.defaulted.var.password",
        ]
    );
    assert_eq!(
        github("testdata/rules/AWS-TF-004-unconstrained", "AWS-TF-004"),
        vec![
            "notice testdata/rules/AWS-TF-004-unconstrained/main.tf:3 provider.aws",
            "notice testdata/rules/AWS-TF-004-unconstrained/main.tf:7 provider.aws.west",
        ]
    );
}

#[test]
fn explain_finds_the_rules_covering_a_peer_or_control_id() {
    // Case does not matter; the answer names the source and the rule, then its page.
    let r = run(tfaudit().args(["explain", "ckv_aws_21"]));
    assert_eq!(r.code, 0);
    let text = String::from_utf8(r.stdout).unwrap();
    assert!(text.starts_with("Checkov CKV_AWS_21 is covered by AWS-S3-002.\n\n# AWS-S3-002 "));
    assert!(text.contains("| AWS FSBP | `S3.14` |\n"), "{text}");
    for id in ["fsbp:S3.14", "s3.14", "AVD-AWS-0090", "cis-aws-3.0:3.7"] {
        let r = run(tfaudit().args(["explain", id]));
        assert_eq!(r.code, 0, "{id}");
    }
    let r = run(tfaudit().args(["explain", "cis:3.7"]));
    assert!(String::from_utf8(r.stdout)
        .unwrap()
        .starts_with("CIS AWS 3.0 3.7 is covered by AWS-VPC-001.\n"));
    let r = run(tfaudit().args(["explain", "CKV_AWS_79"]));
    assert!(String::from_utf8(r.stdout)
        .unwrap()
        .starts_with("Checkov CKV_AWS_79 is covered by AWS-EC2-010.\n"));
    let r = run(tfaudit().args(["explain", "CKV2_AWS_19"]));
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr.lines().count(), 1);
    assert!(r.stderr.starts_with("tfaudit: no rule covers CKV2_AWS_19;"));
}

#[test]
fn rules_list_the_ids_they_cover_and_frameworks_their_controls() {
    let r = run(tfaudit().args(["rules", "--format", "json"]));
    let doc: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let rule = doc["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "AWS-VPC-001")
        .unwrap();
    assert_eq!(rule["covers"]["fsbp"], serde_json::json!(["EC2.6"]));
    assert_eq!(rule["covers"]["cis"], serde_json::json!(["3.7"]));
    assert_eq!(
        rule["covers"]["checkov"],
        serde_json::json!(["CKV2_AWS_11"])
    );
    // Every rule has every key, empty or not.
    let first = &doc["rules"][0]["covers"];
    for k in ["fsbp", "cis", "checkov", "trivy", "kics"] {
        assert!(first[k].is_array(), "{k}");
    }

    let r = run(tfaudit().args(["rules", "--framework", "fsbp"]));
    assert_eq!(r.code, 0);
    let text = String::from_utf8(r.stdout).unwrap();
    assert!(text.starts_with("AWS FSBP: "), "{text}");
    assert!(text.contains("\nEC2.6 "), "{text}");
    let (covered, missing) = text.split_once("\nNot covered (").unwrap();
    assert!(covered.contains("AWS-VPC-001"));
    // A control from BREADTH.tsv that no rule covers yet, with its title.
    assert!(missing.contains("\nEC2.55 ") && !covered.contains("\nEC2.55 "));

    let r = run(tfaudit().args(["rules", "--framework", "cis", "--format", "json"]));
    let doc: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(doc["framework"], "cis");
    let ids = |k: &str| -> Vec<String> {
        doc[k]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(ids("covered").contains(&"3.2".to_string()));
    assert!(ids("not_covered").contains(&"5.5".to_string()));
    assert!(ids("covered").contains(&"5.1".to_string()));
}

#[test]
fn framework_adds_a_compliance_summary_to_table_json_and_markdown() {
    let r = run(tfaudit().args([demo(), "--framework", "fsbp", "--compact"]));
    assert_eq!(r.code, 1);
    let text = String::from_utf8(r.stdout).unwrap();
    let summary = text.split_once("\nAWS FSBP controls (").unwrap().1;
    assert!(summary.contains("\n  S3.8 "), "{summary}");
    assert!(summary.contains("not in this plan"), "{summary}");

    let r = run(tfaudit().args([demo(), "--framework", "cis", "-f", "json"]));
    let doc: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let c = &doc["files"][0]["compliance"];
    assert_eq!(c["framework"], "cis");
    let controls = c["controls"].as_array().unwrap();
    let verdict = |id: &str| {
        controls.iter().find(|c| c["id"] == id).unwrap()["status"]
            .as_str()
            .unwrap()
            .to_string()
    };
    // The demo has a bucket without a public access block and no CloudTrail trail.
    assert_eq!(verdict("2.1.4"), "fail");
    assert_eq!(verdict("3.2"), "not_in_plan");

    // A declaration scoped to a resource type: AWS-BAK-001 fails on the demo's database, and
    // the demo has no DynamoDB table.
    let r = run(tfaudit().args([demo(), "--framework", "fsbp", "-f", "json"]));
    let doc: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let controls = doc["files"][0]["compliance"]["controls"]
        .as_array()
        .unwrap();
    let status = |id: &str| controls.iter().find(|c| c["id"] == id).unwrap()["status"].clone();
    assert_eq!(status("RDS.26"), "fail");
    assert_eq!(status("DynamoDB.4"), "not_in_plan");

    // Without --framework the field is absent.
    let r = run(tfaudit().args([demo(), "-f", "json"]));
    let doc: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert!(doc["files"][0].get("compliance").is_none());

    let r = run(tfaudit().args([demo(), "--framework", "fsbp", "-f", "markdown"]));
    let text = String::from_utf8(r.stdout).unwrap();
    assert!(text.contains("\n### AWS FSBP controls\n"), "{text}");
    assert!(text.contains("| S3.8 | fail | AWS-S3-001 |\n"), "{text}");

    // From the environment like every option, checked like them.
    let r = run(tfaudit()
        .args([demo(), "-f", "json"])
        .env("TFAUDIT_FRAMEWORK", "cis"));
    let doc: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(doc["files"][0]["compliance"]["framework"], "cis");
    assert_eq!(run(tfaudit().args([demo(), "--framework", "pci"])).code, 2);
}

#[test]
fn sarif_rules_carry_their_compliance_and_peer_ids_as_tags() {
    let r = run(tfaudit().args([demo(), "-f", "sarif"]));
    let doc: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let rules = doc["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let tags = |id: &str| -> Vec<String> {
        let r = rules.iter().find(|r| r["id"] == id).unwrap();
        serde_json::from_value(r["properties"]["tags"].clone()).unwrap()
    };
    let vpc = tags("AWS-VPC-001");
    for t in [
        "security",
        "fsbp:EC2.6",
        "cis-aws-3.0:3.7",
        "checkov:CKV2_AWS_11",
        "trivy:AVD-AWS-0178",
    ] {
        assert!(vpc.contains(&t.to_string()), "{t} in {vpc:?}");
    }
    assert!(rules
        .iter()
        .all(|r| r["properties"]["tags"].as_array().unwrap().len() <= 20));
}
