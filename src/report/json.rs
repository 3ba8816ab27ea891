//! The JSON wire format, version 1. Its types are kept apart from the internal ones so that the
//! format only changes on purpose.

use super::{Report, Reporter};
use crate::model::Kind;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

pub struct Json;

#[derive(Serialize)]
struct Doc<'a> {
    version: u32,
    tool: Tool,
    files: Vec<File<'a>>,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    kind: &'static str,
    summary: Summary,
    /// `--framework`: the verdict per control.
    #[serde(skip_serializing_if = "Option::is_none")]
    compliance: Option<Compliance>,
    /// Written as they are read: a list of them would be the largest thing in memory.
    findings: Findings<'a>,
}

struct Findings<'a> {
    report: &'a Report<'a>,
    file: &'a crate::policy::FileOutcome,
}

impl Serialize for Findings<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.file.findings().map(|e| {
            let loc = self.report.location(e);
            Finding {
                rule: e.rule.id,
                title: e.rule.title,
                severity: e.severity.as_str(),
                status: e.status.as_str(),
                address: &e.address,
                attribute: &e.attribute,
                message: &e.message,
                provenance: e.provenance.as_deref(),
                file: loc.as_ref().map(|l| l.0.clone()),
                line: loc.map(|l| l.1),
            }
        }))
    }
}

#[derive(Serialize)]
struct Compliance {
    framework: &'static str,
    controls: Vec<ControlVerdict>,
}

#[derive(Serialize)]
struct ControlVerdict {
    id: &'static str,
    title: &'static str,
    status: &'static str,
    rules: Vec<&'static str>,
}

#[derive(Serialize)]
struct Summary {
    resources: usize,
    outside_rule_set: usize,
    evaluated: usize,
    passed: usize,
    failed: usize,
    unknown: usize,
    failing: usize,
    suppressed: usize,
    baselined: usize,
    baseline_fixed: usize,
    below_severity: usize,
    by_severity: BTreeMap<&'static str, usize>,
    /// Set when stack-level presence rules fired under `--profile stack`.
    #[serde(skip_serializing_if = "Option::is_none")]
    hint: Option<String>,
    /// The root module whose `.tf` source was read (locations, inline suppressions).
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
}

#[derive(Serialize)]
struct Finding<'a> {
    rule: &'static str,
    title: &'static str,
    severity: &'static str,
    status: &'static str,
    address: &'a str,
    attribute: &'a str,
    message: &'a str,
    provenance: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
}

impl Reporter for Json {
    fn write(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let files = report.files;
        let doc = Doc {
            version: 1,
            tool: Tool {
                name: "tfaudit",
                version: env!("CARGO_PKG_VERSION"),
            },
            files: files
                .iter()
                .map(|f| File {
                    path: &f.path,
                    kind: match f.kind {
                        Kind::Plan => "plan",
                        Kind::State => "state",
                    },
                    summary: Summary {
                        resources: f.summary.resources,
                        outside_rule_set: f.summary.outside,
                        evaluated: f.summary.evaluated,
                        passed: f.summary.passed,
                        failed: f.summary.failed,
                        unknown: f.summary.unknown,
                        failing: f.summary.failing,
                        suppressed: f.summary.suppressed,
                        baselined: f.summary.baselined,
                        baseline_fixed: f.summary.baseline_fixed,
                        below_severity: f.summary.below_severity,
                        hint: f.summary.hint.clone(),
                        source: f.summary.source.clone(),
                        by_severity: f
                            .summary
                            .by_severity
                            .iter()
                            .map(|(s, n)| (s.as_str(), *n))
                            .collect(),
                    },
                    compliance: report.compliance(f).map(|(fw, controls)| Compliance {
                        framework: fw.as_str(),
                        controls: controls
                            .into_iter()
                            .map(|(c, v)| ControlVerdict {
                                id: c.id,
                                title: c.title,
                                status: v.as_str(),
                                rules: c.rules.iter().map(|m| m.id).collect(),
                            })
                            .collect(),
                    }),
                    findings: Findings { report, file: f },
                })
                .collect(),
        };
        super::write_json(out, &doc)?;
        writeln!(out)
    }
}
