//! The library's one entry point, `tfaudit::audit`: what the CLI runs per input, with the
//! date of the run coming from the rules' context.

use tfaudit::load::Input;
use tfaudit::policy::{self, config::Settings};
use tfaudit::rules::Status;

fn audit(path: &str, today: &str, settings: &mut Settings) -> policy::FileOutcome {
    settings.params.today = Some(today.to_string());
    let policy = policy::Policy {
        gate: policy::Gate::default(),
        settings,
        today: today.to_string(),
        baseline: None,
        source: None,
    };
    let mut used = policy::Usage::new(settings);
    let opts = tfaudit::AuditOptions {
        policy: &policy,
        max_input_bytes: 1 << 30,
        changed_only: false,
        timings: false,
        leak: false,
    };
    let input = Input::Path(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")).into());
    tfaudit::audit(&input, &opts, &mut used).unwrap()
}

fn statuses(o: &policy::FileOutcome, rule: &str) -> Vec<(String, Status)> {
    o.evals
        .iter()
        .filter(|e| e.rule.id == rule)
        .map(|e| (e.address.to_string(), e.status))
        .collect()
}

#[test]
fn the_entry_point_gives_what_the_cli_prints() {
    let outcome = audit(
        "testdata/demo/plan.json",
        "2026-11-30",
        &mut Settings::default(),
    );
    let out = assert_cmd::Command::cargo_bin("tfaudit")
        .unwrap()
        .args(["testdata/demo/plan.json", "--format", "json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let summary = &json["files"][0]["summary"];
    assert_eq!(summary["failed"], outcome.summary.failed);
    assert_eq!(summary["unknown"], outcome.summary.unknown);
    assert_eq!(summary["passed"], outcome.summary.passed);
    assert_eq!(
        json["files"][0]["findings"].as_array().unwrap().len(),
        outcome.findings().count()
    );
}

#[test]
fn dated_tables_read_the_date_of_the_rules_context() {
    let mut settings = Settings::default();
    let early = audit(
        "testdata/rules/AWS-LMB-001/plan.json",
        "2020-01-01",
        &mut settings,
    );
    let late = audit(
        "testdata/rules/AWS-LMB-001/plan.json",
        "2030-01-01",
        &mut settings,
    );
    let status_of = |o: &policy::FileOutcome, a: &str| {
        statuses(o, "AWS-LMB-001")
            .into_iter()
            .find(|(addr, _)| addr == a)
            .map(|(_, s)| s)
    };
    // python3.10 reached its end of support on 2026-10-31.
    assert_eq!(
        status_of(&early, "aws_lambda_function.fail_python310"),
        Some(Status::Pass)
    );
    assert_eq!(
        status_of(&late, "aws_lambda_function.fail_python310"),
        Some(Status::Fail)
    );
}
