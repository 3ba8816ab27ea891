//! Redaction never corrupts an output: a plan whose sensitive values are ordinary words of the
//! output (`main`, `error`, `high`, a region, a file name, a resource name) is reported exactly
//! as the same plan with nothing marked sensitive, except where a secret itself is shown.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

const FIXTURE: &str = "testdata/redaction-words";
/// The fixture's sensitive values.
const SECRETS: [&str; 6] = ["main", "error", "high", "us-east-1", "main.tf", "assets"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The plan as Terraform made it, with every sensitivity mark cleared.
fn desensitize(v: &mut Value) {
    match v {
        Value::Object(members) => {
            for (k, m) in members.iter_mut() {
                match (k.as_str(), &m) {
                    ("after_sensitive" | "before_sensitive", _) => *m = Value::Bool(false),
                    ("sensitive_values", _) => *m = Value::Object(Default::default()),
                    ("sensitive", Value::Bool(_)) => *m = Value::Bool(false),
                    _ => desensitize(m),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(desensitize),
        _ => {}
    }
}

/// `tfaudit ARGS` in `dir`, where the plan is `plan.json`; stdout.
fn audit(dir: &Path, args: &[&str]) -> String {
    let out = Command::cargo_bin("tfaudit")
        .unwrap()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Table padding follows the longest cell: compare lines without it.
fn normalize(line: &str) -> String {
    let mut out = String::new();
    for c in line.chars() {
        let repeat = matches!(c, ' ' | '─' | '═') && out.ends_with(c);
        if !repeat {
            out.push(c);
        }
    }
    out
}

/// Whether `shown` is `clear` with some secrets replaced by `(sensitive)`.
fn masks(parts: &[&str], clear: &str) -> bool {
    match parts {
        [] => clear.is_empty(),
        [last] => clear == *last,
        [first, rest @ ..] => clear.strip_prefix(first).is_some_and(|after| {
            SECRETS
                .iter()
                .filter_map(|s| after.strip_prefix(s))
                .any(|tail| masks(rest, tail))
        }),
    }
}

#[test]
fn every_format_is_unchanged_by_sensitive_words() {
    let plan_path = root().join(FIXTURE).join("plan.json");
    let text = std::fs::read_to_string(&plan_path).unwrap();
    let mut plan: Value = serde_json::from_str(&text).unwrap();
    for secret in [
        "\"main\"",
        "\"error\"",
        "\"high\"",
        "\"us-east-1\"",
        "\"main.tf\"",
        "\"assets\"",
    ] {
        assert!(text.contains(secret), "the fixture must carry {secret}");
    }
    desensitize(&mut plan);
    let sensitive = tempfile::tempdir().unwrap();
    let clear = tempfile::tempdir().unwrap();
    std::fs::write(sensitive.path().join("plan.json"), &text).unwrap();
    std::fs::write(clear.path().join("plan.json"), plan.to_string()).unwrap();
    let source = root().join(FIXTURE);
    let source = source.to_str().unwrap();
    let mut masked = 0;
    for format in [
        "table", "json", "sarif", "junit", "github", "markdown", "baseline",
    ] {
        let args: Vec<&str> = if format == "baseline" {
            vec!["baseline", "plan.json"]
        } else {
            vec!["plan.json", "--format", format, "--source-dir", source]
        };
        let with = audit(sensitive.path(), &args);
        let without = audit(clear.path(), &args);
        if matches!(format, "json" | "sarif" | "baseline") {
            serde_json::from_str::<Value>(&with).unwrap_or_else(|e| panic!("{format}: {e}"));
        }
        assert!(with.contains("aws_vpc.main"), "{format}: {with}");
        let (with, without): (Vec<_>, Vec<_>) = (with.lines().collect(), without.lines().collect());
        assert_eq!(with.len(), without.len(), "{format}");
        for (a, b) in with.iter().zip(&without) {
            let (a, b) = (normalize(a), normalize(b));
            if a != b {
                let parts: Vec<&str> = a.split("(sensitive)").collect();
                assert!(
                    parts.len() > 1 && masks(&parts, &b),
                    "{format}: redaction changed more than a secret:\n{a}\n{b}"
                );
                masked += 1;
            }
        }
    }
    // AWS-RDS-003 shows the snapshot name, a sensitive variable, in every format.
    assert!(masked >= 6, "{masked} lines masked");
}

/// The last guard on messages: whole words equal to a secret the plan does not also show in
/// clear (`main` and `assets` are resource names, `us-east-1` the provider's region).
#[test]
fn the_message_guard_skips_what_the_plan_shows_in_clear() {
    use tfaudit::load::{self, Input};
    let path = root().join(FIXTURE).join("plan.json");
    let src = load::read(&Input::Path(path)).unwrap();
    let plan = load::parse(&src).unwrap();
    let stack = tfaudit::model::Stack::build(&plan);
    assert_eq!(
        stack.redact("error, high, main.tf, main, us-east-1, assets; aws_vpc.main error.log"),
        "(sensitive), (sensitive), (sensitive), main, us-east-1, assets; aws_vpc.main error.log"
    );
}
