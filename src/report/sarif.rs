//! SARIF 2.1.0: one run; the rules that ran, with descriptions and help from the registry;
//! results with a logical location (the resource address) and, with `--source-dir`, a physical
//! one (the `.tf` file and line of the resource block).

use super::{Report, Reporter};
use crate::policy::UnknownMode;
use crate::rules::{Eval, Severity, Status};
use serde_json::{json, Value};
use std::io::{self, Write};

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

impl Reporter for Sarif {
    fn write(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let rules: Vec<Value> = report
            .rules
            .iter()
            .map(|r| {
                let m = r.meta();
                let doc = m.documentation();
                json!({
                    "id": m.id,
                    "name": m.slug,
                    "shortDescription": { "text": m.title },
                    "fullDescription": { "text": summary(&doc) },
                    "help": { "text": doc, "markdown": doc },
                    "defaultConfiguration": { "level": level(m.severity) },
                    "properties": {
                        "tags": ["security", m.service, m.category],
                        "security-severity": security_severity(m.severity),
                        "precision": "high"
                    }
                })
            })
            .collect();
        let index = |id: &str| report.rules.iter().position(|r| r.meta().id == id);
        let mut results = Vec::new();
        for f in report.files {
            for e in f.findings() {
                let failing = e.status == Status::Fail || report.gate.unknown == UnknownMode::Fail;
                let mut location = json!({
                    "logicalLocations": [{ "fullyQualifiedName": e.address, "kind": "resource" }]
                });
                if let Some((file, line)) = report.location(e) {
                    location["physicalLocation"] = json!({
                        "artifactLocation": { "uri": if file.starts_with('/') { format!("file://{file}") } else { file } },
                        "region": { "startLine": line }
                    });
                }
                let mut result = json!({
                    "ruleId": e.rule.id,
                    "level": if failing { level(e.severity) } else { "none" },
                    "message": { "text": super::headline(e) },
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
                results.push(result);
            }
        }
        let doc = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": { "driver": {
                    "name": "tfaudit",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": rules
                }},
                "results": results,
                "columnKind": "unicodeCodePoints"
            }]
        });
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        writeln!(out)
    }
}
