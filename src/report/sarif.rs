//! SARIF 2.1.0: one run; the rules that ran, with descriptions and help from the registry;
//! results with a logical location (the resource address) and always a physical one, since
//! GitHub code scanning rejects results without: with `--source-dir` the `.tf` file and line of
//! the resource block (the root module's first `.tf` file for stack-level results), otherwise
//! the plan file. URIs are relative to `%SRCROOT%`, the repository root.

use super::{Report, Reporter};
use crate::policy::{FileOutcome, UnknownMode};
use crate::rules::{Eval, Severity, Status, STACK};
use serde_json::{json, Value};
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

/// Where rule pages are published: Cargo.toml's `repository` when set, else this default.
const DEFAULT_REPOSITORY: &str = "https://github.com/tfaudit/tfaudit";

fn repository() -> &'static str {
    match env!("CARGO_PKG_REPOSITORY") {
        "" => DEFAULT_REPOSITORY,
        r => r.trim_end_matches('/'),
    }
}

const SRCROOT: &str = "%SRCROOT%";

/// GitHub code scanning rejects a run with more results than this.
const MAX_RESULTS: usize = 25_000;

/// Keeps the `max` most severe results (stable: report order within a severity); returns how
/// many were left out.
fn cap(results: &mut Vec<(Severity, Value)>, max: usize) -> usize {
    if results.len() <= max {
        return 0;
    }
    results.sort_by_key(|(s, _)| std::cmp::Reverse(*s));
    let dropped = results.len() - max;
    results.truncate(max);
    dropped
}

pub struct Sarif;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

/// GitHub code scanning ranks security results by this number.
fn security_severity(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
        Severity::Info => "1.0",
    }
}

/// The first paragraph under "What it checks".
fn summary(doc: &str) -> String {
    doc.split("## What it checks")
        .nth(1)
        .unwrap_or(doc)
        .trim_start()
        .split("\n\n")
        .next()
        .unwrap_or("")
        .replace('\n', " ")
}

/// A stable fingerprint of what a finding is about, not how it is worded (FNV-1a).
fn fingerprint(e: &Eval) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in format!("{}|{}|{}", e.rule.id, e.address, e.attribute).bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
}

/// The repository root: the nearest ancestor of `cwd` holding a `.git` entry (directory, or
/// file in a worktree or submodule), else `cwd` itself. No git subprocess: git may be absent.
fn repository_root(cwd: &Path) -> PathBuf {
    cwd.ancestors()
        .find(|d| d.join(".git").exists())
        .unwrap_or(cwd)
        .to_path_buf()
}

/// `.` and `..` resolved without touching the file system (the file need not exist).
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

/// Percent-encoding for a path in a URI: everything but unreserved characters and `/`.
fn encode(path: &str) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Turns paths as tfaudit shows them (relative to the working directory, or absolute) into
/// artifact locations relative to the repository root.
struct Locator {
    cwd: PathBuf,
    root: PathBuf,
}

impl Locator {
    fn new() -> Locator {
        let cwd = std::env::current_dir().unwrap_or_default();
        // Symbolic links resolved on both sides, so that the prefix test holds.
        let cwd = std::fs::canonicalize(&cwd).unwrap_or(cwd);
        Locator {
            root: repository_root(&cwd),
            cwd,
        }
    }

    fn artifact(&self, shown: &str) -> Value {
        let joined = normalize(&self.cwd.join(shown));
        let abs = std::fs::canonicalize(&joined).unwrap_or(joined);
        match abs.strip_prefix(&self.root) {
            Ok(rel) if !rel.as_os_str().is_empty() => {
                let rel = rel.to_string_lossy().replace('\\', "/");
                json!({ "uri": encode(&rel), "uriBaseId": SRCROOT })
            }
            // Outside the repository: an absolute URI, which needs no base.
            _ => {
                json!({ "uri": format!("file://{}", encode(&abs.to_string_lossy().replace('\\', "/"))) })
            }
        }
    }

    /// The file and line a result is shown at. Standard input has no file: the working
    /// directory's first `.tf` file (where `terraform show -json | tfaudit -` runs) stands in.
    fn physical(&self, report: &Report, f: &FileOutcome, e: &Eval) -> Value {
        let stack_file = || {
            report
                .sources
                .and_then(|s| s.root_file())
                .map(|l| (l.file.to_string(), l.line))
        };
        let (file, line) = report
            .location(e)
            .or_else(|| {
                if &*e.address == STACK {
                    stack_file()
                } else {
                    None
                }
            })
            .unwrap_or_else(|| {
                if f.path == "-" {
                    (first_tf(&self.cwd).unwrap_or_else(|| "-".to_string()), 1)
                } else {
                    (f.path.clone(), 1)
                }
            });
        json!({
            "artifactLocation": self.artifact(&file),
            "region": { "startLine": line }
        })
    }
}

fn first_tf(dir: &Path) -> Option<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".tf"))
        .collect();
    names.sort();
    names.into_iter().next()
}

/// A finding's text.
fn message(e: &Eval) -> String {
    super::headline(e)
}

impl Reporter for Sarif {
    fn write(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let rules: Vec<Value> = report
            .rules
            .iter()
            .map(|r| {
                let m = r.meta();
                let doc = m.documentation();
                // GitHub keeps at most 20 tags per rule: the three basic ones, then the IDs.
                let mut tags: Vec<String> =
                    vec!["security".into(), m.service.into(), m.category.into()];
                tags.extend(m.tags());
                tags.truncate(20);
                let mut rule = json!({
                    "id": m.id,
                    "name": m.slug,
                    "shortDescription": { "text": m.title },
                    "fullDescription": { "text": summary(&doc) },
                    "help": { "text": doc, "markdown": doc },
                    "defaultConfiguration": { "level": level(m.severity) },
                    "properties": {
                        "tags": tags,
                        "security-severity": security_severity(m.severity),
                        "precision": "high"
                    }
                });
                // Only built-in rules have a page in docs/rules/.
                if crate::rules::registry().iter().any(|b| b.meta().id == m.id) {
                    rule["helpUri"] =
                        json!(format!("{}/blob/main/docs/rules/{}.md", repository(), m.id));
                }
                rule
            })
            .collect();
        let locator = Locator::new();
        let index = |id: &str| report.rules.iter().position(|r| r.meta().id == id);
        let mut results = Vec::new();
        for f in report.files {
            for e in f.findings() {
                let failing = e.status == Status::Fail || report.gate.unknown == UnknownMode::Fail;
                let location = json!({
                    "physicalLocation": locator.physical(report, f, e),
                    "logicalLocations": [{ "fullyQualifiedName": e.address, "kind": "resource" }]
                });
                let mut result = json!({
                    "ruleId": e.rule.id,
                    "level": if failing { level(e.severity) } else { "none" },
                    "message": { "text": message(e) },
                    "locations": [location],
                    "partialFingerprints": { "tfaudit/v1": fingerprint(e) },
                    "properties": {
                        "status": e.status.as_str(),
                        "severity": e.severity.as_str(),
                        "plan": f.path,
                        "attribute": e.attribute,
                    }
                });
                if !failing {
                    result["kind"] = json!("review");
                }
                if let Some(i) = index(e.rule.id) {
                    result["ruleIndex"] = json!(i);
                }
                if let Some(p) = &e.provenance {
                    result["properties"]["provenance"] = json!(p);
                }
                results.push((e.severity, result));
            }
        }
        let dropped = cap(&mut results, MAX_RESULTS);
        let results: Vec<Value> = results.into_iter().map(|(_, r)| r).collect();
        let mut doc = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": { "driver": {
                    "name": "tfaudit",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "informationUri": repository(),
                    "rules": rules
                }},
                "originalUriBaseIds": { SRCROOT: {
                    "description": { "text": "The repository root: the git top level, else the working directory tfaudit ran in." }
                }},
                "results": results,
                "columnKind": "unicodeCodePoints"
            }]
        });
        if dropped > 0 {
            // Said where code scanning shows tool notifications, not silently.
            doc["runs"][0]["invocations"] = json!([{
                "executionSuccessful": true,
                "toolExecutionNotifications": [{
                    "level": "warning",
                    "message": { "text": format!(
                        "{dropped} less severe results left out: GitHub code scanning accepts at most {MAX_RESULTS} per run; the other formats list them all"
                    ) }
                }]
            }]);
        }
        super::write_json(out, &doc)?;
        writeln!(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_past_the_limit_are_the_least_severe() {
        let mut results: Vec<(Severity, Value)> = [
            Severity::Low,
            Severity::Critical,
            Severity::Medium,
            Severity::High,
            Severity::Critical,
        ]
        .into_iter()
        .enumerate()
        .map(|(i, s)| (s, json!(i)))
        .collect();
        assert_eq!(cap(&mut results, 5), 0);
        assert_eq!(cap(&mut results, 3), 2);
        let kept: Vec<Value> = results.into_iter().map(|(_, v)| v).collect();
        assert_eq!(kept, vec![json!(1), json!(4), json!(3)]);
    }
}
