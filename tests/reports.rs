//! The JUnit, Markdown and GitHub outputs as their consumers read them: GitLab and Jenkins,
//! a pull-request comment, and GitHub Actions' annotation limits.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

const DEMO: &str = "testdata/demo/plan.json";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn tfaudit() -> Command {
    let mut c = Command::cargo_bin("tfaudit").unwrap();
    c.current_dir(root())
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("GITLAB_CI");
    c
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn demo(format: &str, extra: &[&str]) -> String {
    stdout(
        tfaudit()
            .args([DEMO, "--source-dir", "testdata/demo", "--format", format])
            .args(extra),
    )
}

/// The value of `name="…"` in an element's start tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(&tag[start..start + tag[start..].find('"')?])
}

/// Every start tag named `element`, without its `<` and `>`.
fn tags<'a>(xml: &'a str, element: &str) -> Vec<&'a str> {
    xml.match_indices(&format!("<{element} "))
        .map(|(i, _)| &xml[i..i + xml[i..].find('>').unwrap()])
        .collect()
}

/// The shown findings of the JSON report: (rule, address, severity, status).
fn findings(extra: &[&str]) -> Vec<(String, String, String, String)> {
    let json: serde_json::Value = serde_json::from_str(&stdout(
        tfaudit().args([DEMO, "--format", "json"]).args(extra),
    ))
    .unwrap();
    json["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap().to_string();
            (s("rule"), s("address"), s("severity"), s("status"))
        })
        .collect()
}

#[test]
fn junit_fits_the_jenkins_schema_where_a_rust_test_can_tell() {
    let xml = demo("junit", &[]);
    let suites = tags(&xml, "testsuites");
    assert_eq!(suites.len(), 1);
    // junit-10.xsd: no `skipped` on <testsuites>, and only these attributes on <testcase>.
    assert_eq!(attribute(suites[0], "skipped"), None, "{}", suites[0]);
    for case in tags(&xml, "testcase") {
        for (i, _) in case.match_indices("=\"") {
            let name = case[..i].rsplit(' ').next().unwrap();
            assert!(
                ["name", "classname", "time", "group"].contains(&name),
                "{name} on {case}"
            );
        }
    }
    let names: Vec<&str> = tags(&xml, "testcase")
        .iter()
        .map(|c| attribute(c, "name").unwrap())
        .collect();
    let unique: std::collections::BTreeSet<&str> = names.iter().copied().collect();
    assert_eq!(unique.len(), names.len(), "test-case names repeat");
    assert_eq!(
        attribute(tags(&xml, "testsuite")[0], "tests"),
        Some(names.len().to_string().as_str())
    );
}

#[test]
fn junit_failure_text_carries_message_provenance_severity_and_location() {
    let xml = demo("junit", &[]);
    let case = &xml[xml
        .find("<testcase name=\"AWS-SG-001 module.network.aws_security_group_rule.egress\"")
        .unwrap()..];
    let case = &case[..case.find("</testcase>").unwrap()];
    let text = &case[case.find("<failure ").unwrap()..];
    let text = &text[text.find('>').unwrap() + 1..text.find("</failure>").unwrap()];
    assert_eq!(
        text,
        "AWS-SG-001 Unrestricted \"all traffic\" egress\n\
         severity: high (fail)\n\
         resource: module.network.aws_security_group_rule.egress\n\
         attribute: cidr_blocks\n\
         location: testdata/demo/modules/network/main.tf:113\n\
         message: egress rule of module.network.aws_security_group.app allows all traffic to \
         0.0.0.0/0 (from module.network.var.egress_cidrs ← var.egress_cidrs)\n\
         provenance: module.network.var.egress_cidrs ← var.egress_cidrs\n"
    );
}

#[test]
fn junit_failures_follow_fail_on_and_unknown() {
    let count = |xml: &str, what: &str| xml.matches(what).count();
    // The same source as `demo`: its locals decide some results.
    let gated = |extra: &[&str]| {
        findings(&[extra, &["--source-dir", "testdata/demo"]].concat())
            .iter()
            .filter(|(_, _, sev, status)| {
                let high = sev == "high" || sev == "critical";
                high && (status == "fail" || extra.contains(&"fail"))
            })
            .count()
    };
    // --fail-on high: a medium finding is a passing case, the finding in its system-out.
    let high = demo("junit", &["--fail-on", "high"]);
    assert_eq!(count(&high, "<failure "), gated(&[]));
    assert!(count(&high, "<system-out>") > 0);
    assert!(high.contains("not failing: below the --fail-on threshold"));
    let all = demo("junit", &[]);
    assert_eq!(
        count(&all, "<testcase "),
        count(&high, "<testcase "),
        "a finding below the threshold is still a test case"
    );
    assert_eq!(
        attribute(tags(&all, "testsuites")[0], "failures"),
        Some(count(&all, "<failure ").to_string().as_str())
    );

    // --unknown: warn skips, fail fails, ignore leaves them out.
    let unknown = findings(&["--source-dir", "testdata/demo"])
        .iter()
        .filter(|f| f.3 == "unknown")
        .count();
    assert!(unknown > 0);
    assert_eq!(count(&all, "<skipped "), unknown);
    let fail = demo("junit", &["--unknown", "fail"]);
    assert_eq!(count(&fail, "<skipped "), 0);
    assert_eq!(
        count(&fail, "<failure "),
        count(&all, "<failure ") + unknown
    );
    let ignore = demo("junit", &["--unknown", "ignore"]);
    assert_eq!(count(&ignore, "<skipped "), 0);
    assert_eq!(
        count(&ignore, "<testcase "),
        count(&all, "<testcase ") - unknown
    );
}

#[test]
fn junit_under_gitlab_names_the_file() {
    let xml = stdout(tfaudit().env("GITLAB_CI", "true").args([
        DEMO,
        "--source-dir",
        "testdata/demo",
        "--format",
        "junit",
    ]));
    let case = tags(&xml, "testcase")
        .into_iter()
        .find(|c| c.contains("AWS-SG-001 "))
        .unwrap();
    assert_eq!(
        attribute(case, "file"),
        Some("testdata/demo/modules/network/main.tf")
    );
    // A stack-level finding is on the root module's first file.
    let stack = tags(&xml, "testcase")
        .into_iter()
        .find(|c| c.contains("AWS-CT-001 (stack)"))
        .unwrap();
    assert_eq!(attribute(stack, "file"), Some("testdata/demo/main.tf"));
    // Elsewhere, the schema-valid form.
    assert!(!demo("junit", &[]).contains(" file=\""));
}

/// Copies of the demo under different names: a few thousand findings.
fn many_plans(dir: &Path, n: usize) -> Vec<PathBuf> {
    (0..n)
        .map(|i| {
            let p = dir.join(format!("plan-{i:03}.json"));
            std::fs::copy(root().join(DEMO), &p).unwrap();
            p
        })
        .collect()
}

#[test]
fn markdown_keeps_within_the_comment_limit_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let plans = many_plans(dir.path(), 120);
    let md = stdout(tfaudit().args(&plans).args(["--format", "markdown"]));
    assert!(md.len() <= 65_536, "{} bytes", md.len());
    assert!(md.len() > 60_000, "the room is used: {} bytes", md.len());
    let total = 120 * findings(&[]).len();
    assert!(md.starts_with(&format!("## ❌ tfaudit: {total} findings, ")));
    let shown = md.lines().filter(|l| l.starts_with("- **")).count();
    let last = md.trim_end().lines().last().unwrap();
    assert!(
        last.starts_with(&format!("**{} more findings not shown** (", total - shown)),
        "{last}"
    );
    assert!(last.contains("`tfaudit --format json`"), "{last}");
    // Most severe first: the demo's criticals (3 a plan, 360 in all) fill the room before any
    // high is shown.
    let criticals: usize = ["AWS-CT-001", "AWS-CF-007", "AWS-ELB-005"]
        .iter()
        .map(|r| md.matches(&format!("- **{r}**")).count())
        .sum();
    assert_eq!(criticals, shown.min(360));
    if let Some(high) = md.find("**High**") {
        assert!(md.rfind("**AWS-CT-001**").unwrap() < high);
    }
    // The fold is closed before the closing line.
    assert!(md.contains("\n</details>\n\n**"));
}

#[test]
fn markdown_within_the_limit_on_every_real_plan() {
    let dir = root().join("../shared/realplans");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} not found", dir.display());
        return;
    };
    for e in entries {
        let path = e.unwrap().path();
        if path.extension().is_some_and(|x| x == "json") {
            let md = stdout(tfaudit().arg(&path).args(["--format", "markdown"]));
            assert!(md.len() <= 65_536, "{}: {} bytes", path.display(), md.len());
        }
    }
}

#[test]
fn github_most_severe_first_ten_of_each_level_and_a_closing_summary() {
    let dir = tempfile::tempdir().unwrap();
    let plans = many_plans(dir.path(), 3);
    let out = stdout(tfaudit().args(&plans).args(["--format", "github"]));
    let lines: Vec<&str> = out.lines().collect();
    let level = |l: &str| {
        ["error", "warning", "notice"]
            .iter()
            .position(|lv| l.starts_with(&format!("::{lv} ")) || l.starts_with(&format!("{lv}: ")))
            .unwrap()
    };
    let annotations = |lv: &str| {
        lines
            .iter()
            .filter(|l| l.starts_with(&format!("::{lv} ")))
            .count()
    };
    assert_eq!(annotations("error"), 10);
    assert_eq!(annotations("warning"), 10);
    // Nine findings and the summary.
    assert_eq!(annotations("notice"), 10);
    let findings = lines.len() - 1;
    assert_eq!(findings, 3 * self::findings(&[]).len());
    let severities: std::collections::HashMap<String, String> = self::findings(&[])
        .into_iter()
        .map(|(rule, _, sev, _)| (rule, sev))
        .collect();
    // Errors, then warnings, then notices, each most severe first.
    let severity = |l: &str| {
        let rule = l.split("title=").nth(1).or(l.split(": ").nth(1)).unwrap();
        let rule = rule.split(' ').next().unwrap();
        let order = ["critical", "high", "medium", "low", "info"];
        let sev = &severities[rule];
        order.iter().position(|s| s == sev).unwrap()
    };
    let keys: Vec<(usize, usize)> = lines[..findings]
        .iter()
        .map(|l| (level(l), severity(l)))
        .collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
    assert_eq!(severity(lines[0]), 0, "{}", lines[0]);
    let left_out = lines[..findings]
        .iter()
        .filter(|l| !l.starts_with("::"))
        .count();
    let summary = lines[findings];
    assert!(
        summary.starts_with(&format!(
            "::notice title=tfaudit::tfaudit: {findings} findings (9 critical, "
        )),
        "{summary}"
    );
    assert!(summary.contains(" in 3 plans, "), "{summary}");
    assert!(summary.contains(" failing the run: failed. "), "{summary}");
    let (_, tail) = summary
        .split_once("annotations of each level per step: ")
        .unwrap();
    let said: usize = tail
        .split(", ")
        .map(|part| part.split(' ').next().unwrap().parse::<usize>().unwrap())
        .sum();
    assert_eq!(said, left_out, "{summary}");
}

#[test]
fn github_honours_fail_on_and_passes_without_failing_findings() {
    let out = demo("github", &["--fail-on", "critical"]);
    assert_eq!(
        out.lines().filter(|l| l.starts_with("::error ")).count(),
        3,
        "only the critical findings are errors"
    );
    assert!(!out.contains("::warning "));
    let last = out.lines().last().unwrap();
    assert!(last.contains(", 3 failing the run: failed"), "{last}");
    let clean = stdout(tfaudit().args([
        "testdata/rules/AWS-CT-001-pass/plan.json",
        "--format",
        "github",
        "--fail-on",
        "critical",
    ]));
    let last = clean.lines().last().unwrap();
    assert!(last.contains(", 0 failing the run: passed"), "{last}");
}

#[test]
fn github_appends_the_markdown_report_to_the_step_summary() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("step-summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let annotations = stdout(tfaudit().env("GITHUB_STEP_SUMMARY", &summary).args([
        DEMO,
        "--source-dir",
        "testdata/demo",
        "--format",
        "github",
    ]));
    assert_eq!(annotations, demo("github", &[]));
    let markdown = demo("markdown", &[]);
    assert_eq!(
        std::fs::read_to_string(&summary).unwrap(),
        format!("earlier step\n{markdown}\n")
    );
    // A summary file that cannot be written costs a warning, not the audit.
    let out = tfaudit()
        .env("GITHUB_STEP_SUMMARY", dir.path().join("no/such/dir/x.md"))
        .args([DEMO, "--format", "github"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot append to GITHUB_STEP_SUMMARY"));
}
