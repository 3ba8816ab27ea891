//! Markdown for a pull-request comment: a summary table, then findings most severe first;
//! past the first 50, the rest are folded in a `<details>` block. The whole comment stays
//! within GitHub's 65,536-character limit: what does not fit is counted in a closing line
//! that says where the full report is.

use super::{Report, Reporter};
use crate::rules::{Severity, Status};
use std::io::{self, Write};

pub struct Markdown;

const SHOWN: usize = 50;
/// GitHub's limit on a comment, counted here in bytes (never fewer than characters).
pub const LIMIT: usize = 65_536;
/// Room kept for the closing lines (the count of findings left out, `</details>`).
const RESERVE: usize = 400;
const ORDER: [Severity; 5] = [
    Severity::Critical,
    Severity::High,
    Severity::Medium,
    Severity::Low,
    Severity::Info,
];

/// Text safe inside a table cell or list item.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
        .replace('\n', " ")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Appends `chunk` when it leaves room for the closing lines.
fn fits(doc: &mut String, chunk: &str) -> bool {
    if doc.len() + chunk.len() + RESERVE > LIMIT {
        return false;
    }
    doc.push_str(chunk);
    true
}

impl Reporter for Markdown {
    fn write(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(render(report).as_bytes())
    }
}

/// The whole comment, at most `LIMIT` bytes.
pub fn render(report: &Report) -> String {
    let failing: usize = report.files.iter().map(|f| f.summary.failing).sum();
    let total: usize = report.files.iter().map(|f| f.shown.len()).sum();
    let verdict = if failing > 0 { "❌" } else { "✅" };
    let mut doc = format!("## {verdict} tfaudit: {total} findings, {failing} failing the run\n\n");
    doc.push_str(
        "| plan | resources | critical | high | medium | low | info | unknown | passed |\n",
    );
    doc.push_str("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    let mut plans_left = 0;
    for f in report.files {
        let count = |s: Severity| {
            f.findings()
                .filter(|e| e.severity == s && e.status == Status::Fail)
                .count()
        };
        let unknown = f.findings().filter(|e| e.status == Status::Unknown).count();
        let row = format!(
            "| `{}` | {} | {} | {} | {} | {} | {} | {} | {} |\n",
            cell(&f.path),
            f.summary.resources,
            count(Severity::Critical),
            count(Severity::High),
            count(Severity::Medium),
            count(Severity::Low),
            count(Severity::Info),
            unknown,
            f.summary.passed
        );
        // Half the comment at most for the table, so that findings are shown too.
        if plans_left > 0 || doc.len() + row.len() > LIMIT / 2 {
            plans_left += 1;
        } else {
            doc.push_str(&row);
        }
    }
    if plans_left > 0 {
        doc.push_str(&format!("\n*{plans_left} more plans not listed.*\n"));
    }
    for f in report.files {
        let Some((fw, controls)) = report.compliance(f) else {
            break;
        };
        let plan = if report.files.len() > 1 {
            format!(" — `{}`", cell(&f.path))
        } else {
            String::new()
        };
        let mut chunk = format!(
            "\n### {} controls{plan}\n\n{}\n\n| control | verdict | rules |\n|---|---|---|\n",
            fw.label(),
            super::verdict_counts(&controls)
        );
        for (c, v) in &controls {
            let rules: Vec<&str> = c.rules.iter().map(|m| m.id).collect();
            chunk.push_str(&format!(
                "| {} | {} | {} |\n",
                c.id,
                v.label(),
                rules.join(", ")
            ));
        }
        // Like the plan table: at most half the comment, so that findings are shown too.
        if doc.len() + chunk.len() > LIMIT / 2 {
            doc.push_str("\n*Compliance summary left out: see `--format json`.*\n");
            break;
        }
        doc.push_str(&chunk);
    }
    let mut shown = 0;
    let mut left_failing = 0;
    let mut full = false;
    let mut folded = false;
    for sev in ORDER {
        let mut heading = false;
        for f in report.files {
            for e in f.findings().filter(|e| e.severity == sev) {
                if full {
                    left_failing += usize::from(report.gate.fails(e));
                    continue;
                }
                let mut chunk = String::new();
                if shown == SHOWN && !folded {
                    chunk.push_str(&format!(
                        "\n<details><summary>{} more findings</summary>\n",
                        total - SHOWN
                    ));
                    heading = false;
                }
                if !heading {
                    let name = capitalised(sev.as_str());
                    if folded || shown == SHOWN {
                        chunk.push_str(&format!("\n**{name}**\n\n"));
                    } else {
                        chunk.push_str(&format!("\n### {name}\n\n"));
                    }
                }
                let status = if e.status == Status::Unknown {
                    " *(unknown)*"
                } else {
                    ""
                };
                let plan = if report.files.len() > 1 {
                    format!(" in `{}`", cell(&f.path))
                } else {
                    String::new()
                };
                let loc = report
                    .location(e)
                    .map(|(file, line)| format!(" — `{}:{line}`", cell(&file)))
                    .unwrap_or_default();
                chunk.push_str(&format!(
                    "- **{}**{status} `{}`{plan}{loc}: {}\n",
                    e.rule.id,
                    cell(&e.address),
                    cell(&e.message)
                ));
                if fits(&mut doc, &chunk) {
                    folded |= shown == SHOWN;
                    heading = true;
                    shown += 1;
                } else {
                    full = true;
                    left_failing += usize::from(report.gate.fails(e));
                }
            }
        }
    }
    if folded {
        doc.push_str("\n</details>\n");
    }
    if shown < total {
        doc.push_str(&format!(
            "\n**{} more findings not shown** ({left_failing} of them failing the run): this \
             comment keeps within GitHub's 65,536-character limit. For all of them, run \
             `tfaudit --format json` (or see the job log).\n",
            total - shown
        ));
    }
    doc
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}
