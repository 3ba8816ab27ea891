//! End-to-end tests of the conventions users bring from Checkov, Trivy and tflint: rule
//! selection, soft fail, severity filter, quiet output, `[check]` defaults, TFAUDIT_*
//! variables and their precedence, custom rules in the rule list, and profiles.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn demo() -> String {
    root().join("testdata/demo/plan.json").display().to_string()
}

const ENV: &[&str] = &[
    "TFAUDIT_PROFILE",
    "TFAUDIT_CHECK",
    "TFAUDIT_SKIP_CHECK",
    "TFAUDIT_FAIL_ON",
    "TFAUDIT_UNKNOWN",
    "TFAUDIT_SEVERITY",
    "TFAUDIT_QUIET",
    "TFAUDIT_FORMAT",
    "TFAUDIT_SOURCE_DIR",
    "TFAUDIT_COMPACT",
    "TFAUDIT_COLOR",
];

/// The binary in `dir`, with no TFAUDIT_* variable from the caller's environment.
fn tfaudit(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("tfaudit").unwrap();
    c.current_dir(dir);
    for v in ENV {
        c.env_remove(v);
    }
    c
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().unwrap();
    Run {
        code: out.status.code().unwrap(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// A working directory holding `tfaudit.toml` (when given).
fn workdir(toml: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    if let Some(t) = toml {
        std::fs::write(dir.path().join("tfaudit.toml"), t).unwrap();
    }
    dir
}

/// Audit the demo in `dir` as JSON; the exit code and the first file's report.
fn audit_json(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (i32, Value) {
    let mut cmd = tfaudit(dir);
    cmd.arg(demo()).args(["--format", "json"]).args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let r = run(&mut cmd);
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    (r.code, v["files"][0].clone())
}

fn rules_of(file: &Value) -> Vec<String> {
    let mut ids: Vec<String> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

#[test]
fn check_and_skip_check_take_ids_families_and_globs() {
    let dir = workdir(None);
    let (_, f) = audit_json(dir.path(), &["--check", "AWS-S3"], &[]);
    assert!(rules_of(&f).iter().all(|r| r.starts_with("AWS-S3-")));
    assert!(rules_of(&f).contains(&"AWS-S3-001".to_string()));

    let (_, f) = audit_json(dir.path(), &["--check", "aws-sg-*,AWS-VPC-001"], &[]);
    assert_eq!(
        rules_of(&f),
        ["AWS-SG-001", "AWS-SG-003", "AWS-SG-005", "AWS-VPC-001"].map(String::from)
    );

    let (_, f) = audit_json(
        dir.path(),
        &["--skip-check", "AWS-S3", "--skip-check", "AWS-TAG-*"],
        &[],
    );
    let ids = rules_of(&f);
    assert!(!ids
        .iter()
        .any(|r| r.starts_with("AWS-S3") || r == "AWS-TAG-001"));
    assert!(ids.contains(&"AWS-VPC-001".to_string()));

    // An exact ID runs a rule that is off by default; a family does not.
    let (_, f) = audit_json(dir.path(), &["--check", "AWS-VPC-008"], &[]);
    assert_eq!(f["summary"]["evaluated"], 1);
    let (_, f) = audit_json(dir.path(), &["--check", "AWS-S3-005"], &[]);
    assert!(f["summary"]["evaluated"].as_u64().unwrap() > 0);
    let (_, f) = audit_json(dir.path(), &["--check", "AWS-S3"], &[]);
    assert!(!rules_of(&f).contains(&"AWS-S3-005".to_string()));

    let r = run(tfaudit(dir.path())
        .arg(demo())
        .args(["--check", "AWS-NOPE"]));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "tfaudit: --check: no rule matches `AWS-NOPE` (an ID, a family like AWS-S3, or a glob like AWS-IAM-*)\n"
    );
}

#[test]
fn fail_on_none_reports_and_never_fails() {
    let dir = workdir(None);
    let (code, f) = audit_json(dir.path(), &["--fail-on", "none"], &[]);
    assert_eq!(code, 0);
    assert_eq!(f["summary"]["failing"], 0);
    assert!(f["findings"].as_array().unwrap().len() > 30);
    let (code, _) = audit_json(dir.path(), &["--fail-on", "none", "--unknown", "fail"], &[]);
    assert_eq!(code, 0);
}

#[test]
fn severity_filters_what_is_shown_and_what_fails() {
    let dir = workdir(None);
    let (code, f) = audit_json(dir.path(), &["--severity", "critical"], &[]);
    assert_eq!(code, 1);
    assert_eq!(
        rules_of(&f),
        ["AWS-CF-007", "AWS-CT-001", "AWS-ELB-005"].map(String::from)
    );
    assert_eq!(f["summary"]["below_severity"], 68);
    assert_eq!(f["summary"]["failing"], 3);
    // Hidden findings do not fail the run.
    let (code, f) = audit_json(dir.path(), &["--severity", "high", "--skip-check", "AWS-CT-001,AWS-EC2,AWS-SG,AWS-VPC,AWS-S3,AWS-RDS,AWS-IAM,AWS-KMS,AWS-LMB,AWS-WAF,AWS-ELC,AWS-APIGW,AWS-CF,AWS-ELB,AWS-SNS,AWS-SQS"], &[]);
    assert_eq!((code, f["summary"]["failing"].as_u64()), (0, Some(0)));
    let table = run(tfaudit(dir.path())
        .arg(demo())
        .args(["--severity", "critical"]));
    assert!(
        table.stdout.contains(", 68 below --severity;"),
        "{}",
        table.stdout
    );
}

#[test]
fn quiet_shows_only_failing_findings_and_a_one_line_summary() {
    let dir = workdir(None);
    let (_, f) = audit_json(dir.path(), &["--quiet", "--fail-on", "high"], &[]);
    let findings = f["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    assert!(
        findings
            .iter()
            .all(|x| x["status"] == "fail"
                && (x["severity"] == "high" || x["severity"] == "critical"))
    );
    assert_eq!(
        f["summary"]["failing"].as_u64().unwrap() as usize,
        findings.len()
    );
    assert!(f["summary"].get("hint").is_none());

    let r = run(tfaudit(dir.path()).arg(demo()).arg("-q"));
    assert_eq!(r.code, 1);
    let last: Vec<&str> = r.stdout.lines().rev().take(2).collect();
    assert_eq!(last[0], "62 findings failing the run");
    assert!(last[1].starts_with('└'), "{}", r.stdout);
    assert!(!r.stdout.contains("UNKNOWN"));
    assert!(
        !r.stdout.contains("AWS-VPC-005"),
        "info is below --fail-on low"
    );
}

#[test]
fn check_table_gives_defaults_env_overrides_it_and_the_command_line_wins() {
    let dir = workdir(Some(
        "[check]\nfail_on = \"none\"\nseverity = \"high\"\nskip_check = [\"AWS-CT-001\", \"AWS-CF-007\", \"AWS-ELB-005\"]\nformat = \"json\"\n",
    ));
    let r = run(tfaudit(dir.path()).arg(demo()));
    assert_eq!(r.code, 0, "fail_on = none from the file");
    let v: Value = serde_json::from_str(&r.stdout).expect("format = json from the file");
    let f = &v["files"][0];
    assert!(!rules_of(f).contains(&"AWS-CT-001".to_string()));
    assert!(f["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["severity"] == "high"));

    // The environment beats the file; the command line beats both.
    let r = run(tfaudit(dir.path())
        .arg(demo())
        .env("TFAUDIT_FAIL_ON", "high"));
    assert_eq!(r.code, 1);
    let r = run(tfaudit(dir.path())
        .arg(demo())
        .args(["--fail-on", "none"])
        .env("TFAUDIT_FAIL_ON", "high"));
    assert_eq!(r.code, 0);
    let r = run(tfaudit(dir.path())
        .arg(demo())
        .env("TFAUDIT_FORMAT", "table")
        .env("TFAUDIT_CHECK", "AWS-S3-001, AWS-VPC-001")
        .env("TFAUDIT_QUIET", "1")
        .env("TFAUDIT_FAIL_ON", "low"));
    assert!(r.stdout.contains("AWS-S3-001") && r.stdout.contains("AWS-VPC-001"));
    assert!(!r.stdout.contains("AWS-SG-001"));
    assert!(
        r.stdout.ends_with("2 findings failing the run\n"),
        "{}",
        r.stdout
    );

    let r = run(tfaudit(dir.path())
        .arg(demo())
        .env("TFAUDIT_FAIL_ON", "severe"));
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            2,
            "tfaudit: TFAUDIT_FAIL_ON: must be one of none, info, low, medium, high, critical\n"
        )
    );
}

#[test]
fn check_table_is_strict() {
    for (toml, error) in [
        ("[check]\ncolour = \"never\"\n", "unknown key `check.colour`"),
        (
            "[check]\nfail_on = \"severe\"\n",
            "`check.fail_on` must be one of none, info, low, medium, high, critical",
        ),
        ("[check]\nquiet = \"yes\"\n", "`check.quiet` must be true or false"),
        (
            "[check]\nprofile = \"account\"\n",
            "`check.profile` must be stack or module",
        ),
        (
            "[check]\nformat = [\"yaml\"]\n",
            "`check.format` must be one of table, json, sarif, junit, github, markdown (FORMAT or FORMAT=FILE)",
        ),
        ("[check]\nfail_on = [\"low\"]\n", "`check.fail_on` must be a string"),
        (
            "[check]\ncheck = \"AWS-NOPE\"\n",
            "--check: no rule matches `AWS-NOPE` (an ID, a family like AWS-S3, or a glob like AWS-IAM-*)",
        ),
    ] {
        let dir = workdir(Some(toml));
        let r = run(tfaudit(dir.path()).arg(demo()));
        let want = if error.starts_with("--") {
            format!("tfaudit: {error}\n")
        } else {
            format!("tfaudit: tfaudit.toml: {error}\n")
        };
        assert_eq!((r.code, r.stderr), (2, want), "{toml}");
    }
}

#[test]
fn config_show_says_where_each_value_came_from() {
    let dir = workdir(Some(
        "[check]\nprofile = \"module\"\nunknown = \"fail\"\nsource_dir = \"infra\"\n",
    ));
    let r = run(tfaudit(dir.path())
        .args(["config", "--show", "--fail-on", "high"])
        .env("TFAUDIT_UNKNOWN", "ignore")
        .env("TFAUDIT_SKIP_CHECK", "AWS-ASG,AWS-S3-006"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let want = "# effective configuration: defaults and tfaudit.toml\n\n[check]\n\
        profile = \"module\"  # tfaudit.toml\n\
        check = []  # default\n\
        skip_check = [\"AWS-ASG\", \"AWS-S3-006\"]  # environment TFAUDIT_SKIP_CHECK\n\
        fail_on = \"high\"  # command line\n\
        unknown = \"ignore\"  # environment TFAUDIT_UNKNOWN\n\
        severity = \"info\"  # default\n\
        quiet = false  # default\n\
        compact = false  # default\n\
        color = \"auto\"  # default\n\
        # framework is not set (default)\n\
        format = [\"table\"]  # default\n\
        source_dir = \"infra\"  # tfaudit.toml\n";
    assert!(r.stdout.starts_with(want), "{}", r.stdout);
    // The rules after the profile and --skip-check.
    assert!(r.stdout.contains("[rules.AWS-CT-001]\nenabled = false\n"));
    assert!(r.stdout.contains("[rules.AWS-TAG-001]\nenabled = false\n"));
    assert!(r.stdout.contains("[rules.AWS-ASG-001]\nenabled = false\n"));
    assert!(r.stdout.contains("[rules.AWS-SG-001]\nenabled = true\n"));
    // The output is TOML.
    assert!(r.stdout.parse::<toml::Table>().is_ok());
}

const CUSTOM: &str = "[[custom]]\nid = \"ORG-RDS-001\"\nseverity = \"high\"\ntitle = \"Databases run PostgreSQL\"\nresource_types = [\"aws_db_instance\"]\npath = \"$.engine\"\ncondition = \"in\"\nvalue = [\"postgres\", \"hunter2-secret-engine\"]\n";

#[test]
fn custom_rules_appear_in_rules_explain_and_config_show() {
    let dir = workdir(Some(CUSTOM));
    let r = run(tfaudit(dir.path()).arg("rules"));
    assert_eq!(r.code, 0);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(lines[0].starts_with("ID ") && lines[0].ends_with("PROFILES     TITLE"));
    let ids: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    let custom = lines.iter().find(|l| l.starts_with("ORG-RDS-001")).unwrap();
    assert!(custom.contains("high") && custom.contains("stack,module"));
    let ct = lines.iter().find(|l| l.starts_with("AWS-CT-001")).unwrap();
    assert!(ct.contains(" on ") && ct.contains(" stack,strict "), "{ct}");
    let opt = lines.iter().find(|l| l.starts_with("AWS-VPC-008")).unwrap();
    assert!(opt.contains(" off ") && opt.contains(" strict "), "{opt}");

    let r = run(tfaudit(dir.path()).args(["explain", "org-rds-001"]));
    assert_eq!(r.code, 0);
    assert!(r
        .stdout
        .starts_with("# ORG-RDS-001 Databases run PostgreSQL\n"));
    assert!(!r.stdout.contains("hunter2"));

    let r = run(tfaudit(dir.path()).args(["config", "--show"]));
    assert!(r.stdout.contains("\n[[custom]]\nid = \"ORG-RDS-001\"\nseverity = \"high\"\ntitle = \"Databases run PostgreSQL\"\nresource_types = [\"aws_db_instance\"]\n"), "{}", r.stdout);
    assert!(!r.stdout.contains("hunter2"));
}

#[test]
fn rules_json_lists_every_rules_metadata() {
    let dir = workdir(Some(CUSTOM));
    let r = run(tfaudit(dir.path()).args(["rules", "--format", "json"]));
    assert_eq!(r.code, 0);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["version"], 1);
    let rules = v["rules"].as_array().unwrap();
    let table = run(tfaudit(dir.path()).arg("rules"));
    assert_eq!(rules.len(), table.stdout.lines().count() - 1);
    let ct = rules.iter().find(|r| r["id"] == "AWS-CT-001").unwrap();
    assert_eq!(ct["severity"], "critical");
    assert_eq!(ct["default_enabled"], true);
    assert_eq!(ct["presence"], true);
    assert_eq!(ct["profiles"], serde_json::json!(["stack", "strict"]));
    assert_eq!(ct["service"], "cloudtrail");
    assert!(ct["slug"].is_string() && ct["category"].is_string() && ct["types"].is_array());
    let tag = rules.iter().find(|r| r["id"] == "AWS-TAG-001").unwrap();
    assert_eq!(tag["params"][0]["name"], "required");
    let sg = rules.iter().find(|r| r["id"] == "AWS-SG-001").unwrap();
    assert_eq!(
        sg["profiles"],
        serde_json::json!(["stack", "module", "strict"])
    );
    let custom = rules.iter().find(|r| r["id"] == "ORG-RDS-001").unwrap();
    assert_eq!(custom["custom"], true);
}

#[test]
fn module_profile_turns_presence_rules_and_default_tags_off() {
    let dir = workdir(None);
    let (_, stack) = audit_json(dir.path(), &[], &[]);
    let ids = rules_of(&stack);
    for id in ["AWS-CT-001", "AWS-XRAY-001", "AWS-TAG-001"] {
        assert!(ids.contains(&id.to_string()), "{id}");
    }
    assert_eq!(
        stack["summary"]["hint"],
        "stack-level rules fired (AWS-CT-001, AWS-XRAY-001): for a plan that is one component of an account, --profile module turns them off"
    );

    let via = [
        (vec!["--profile", "module"], vec![]),
        (vec![], vec![("TFAUDIT_PROFILE", "module")]),
    ];
    for (args, env) in via {
        let (_, module) = audit_json(dir.path(), &args, &env);
        let ids = rules_of(&module);
        for id in ["AWS-CT-001", "AWS-XRAY-001", "AWS-TAG-001"] {
            assert!(!ids.contains(&id.to_string()), "{id}");
        }
        assert!(ids.contains(&"AWS-VPC-001".to_string()));
        assert!(module["summary"].get("hint").is_none());
    }

    // A configured tag list, or a rule switched on by name, still runs under module.
    let dir = workdir(Some(
        "[check]\nprofile = \"module\"\n[rules.AWS-TAG-001]\nrequired = [\"CostCenter\"]\n[rules.AWS-CT-001]\nenabled = true\n",
    ));
    let (_, f) = audit_json(dir.path(), &[], &[]);
    let ids = rules_of(&f);
    assert!(ids.contains(&"AWS-TAG-001".to_string()));
    assert!(ids.contains(&"AWS-CT-001".to_string()));
    assert!(!ids.contains(&"AWS-XRAY-001".to_string()));
    // The command line wins over the file's profile.
    let (_, f) = audit_json(dir.path(), &["--profile", "stack"], &[]);
    assert!(rules_of(&f).contains(&"AWS-XRAY-001".to_string()));
}

#[test]
fn presence_rules_are_exactly_the_stack_level_ones() {
    let dir = workdir(None);
    let r = run(tfaudit(dir.path()).args(["rules", "--format", "json"]));
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let mut presence: Vec<&str> = v["rules"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["presence"] == true)
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    presence.sort();
    assert_eq!(
        presence,
        [
            "AWS-CFG-001",
            "AWS-CT-001",
            "AWS-CW-007",
            "AWS-CW-010",
            "AWS-CW-011",
            "AWS-CW-012",
            "AWS-CW-013",
            "AWS-CW-014",
            "AWS-CW-015",
            "AWS-CW-016",
            "AWS-CW-017",
            "AWS-CW-018",
            "AWS-CW-019",
            "AWS-CW-020",
            "AWS-CW-021",
            "AWS-CW-022",
            "AWS-CW-023",
            "AWS-GD-001",
            "AWS-IAM-005",
            "AWS-REG-001",
            "AWS-SSM-001",
            "AWS-STACK-001",
            "AWS-TF-005",
            "AWS-VPC-008",
            "AWS-VPC-009",
            "AWS-XRAY-001",
            "AWS-XRAY-002",
        ]
    );
}

#[test]
fn init_writes_both_profiles_and_the_tag_list() {
    let dir = workdir(None);
    let r = run(tfaudit(dir.path()).arg("init"));
    assert_eq!(r.code, 0);
    let text = std::fs::read_to_string(dir.path().join("tfaudit.toml")).unwrap();
    assert!(text.contains("\"stack\" (the default)"));
    assert!(text.contains("\"module\" audits a plan that is one component of an account"));
    assert!(text.contains("# [check]\n# profile    = \"stack\"\n"));
    assert!(text.contains(
        "# [rules.AWS-TAG-001]\n# required = [\"Environment\", \"Owner\", \"Project\"]\n"
    ));
    // As written it changes nothing: the run is the default one.
    let (_, written) = audit_json(dir.path(), &[], &[]);
    let (_, none) = audit_json(workdir(None).path(), &[], &[]);
    assert_eq!(written["summary"], none["summary"]);
    // Uncommenting the profile line switches the profile.
    std::fs::write(
        dir.path().join("tfaudit.toml"),
        text.replace(
            "# [check]\n# profile    = \"stack\"",
            "[check]\nprofile = \"module\"",
        ),
    )
    .unwrap();
    let (_, module) = audit_json(dir.path(), &[], &[]);
    assert!(!rules_of(&module).contains(&"AWS-CT-001".to_string()));
}

/// `compact` and `color` take defaults from `[check]` and TFAUDIT_* like the other options.
#[test]
fn compact_and_color_come_from_the_file_and_the_environment() {
    let table = |dir: &Path, env: &[(&str, &str)]| {
        let mut cmd = tfaudit(dir);
        cmd.arg(demo()).env_remove("NO_COLOR").env_remove("COLUMNS");
        for (k, v) in env {
            cmd.env(k, v);
        }
        run(&mut cmd).stdout
    };
    let plain = workdir(None);
    let bordered = table(plain.path(), &[]);
    assert!(bordered.contains('│') && !bordered.contains('\u{1b}'));
    let file = workdir(Some("[check]\ncompact = true\ncolor = \"always\"\n"));
    let out = table(file.path(), &[]);
    assert!(!out.contains('│') && out.contains('\u{1b}'), "{out}");
    // The environment beats the file, the command line beats both.
    let out = table(file.path(), &[("TFAUDIT_COLOR", "never")]);
    assert!(!out.contains('\u{1b}') && !out.contains('│'), "{out}");
    let mut cmd = tfaudit(file.path());
    cmd.arg(demo())
        .args(["--color", "always"])
        .env("TFAUDIT_COLOR", "never");
    assert!(run(&mut cmd).stdout.contains('\u{1b}'));
    let out = table(plain.path(), &[("TFAUDIT_COMPACT", "1")]);
    assert!(!out.contains('│'), "{out}");
    // Bad values name what is wrong.
    let bad = workdir(Some("[check]\ncolor = \"sometimes\"\n"));
    let mut cmd = tfaudit(bad.path());
    let r = run(cmd.arg(demo()));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("check.color"), "{}", r.stderr);
}
