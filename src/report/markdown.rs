//! Markdown for a pull-request comment: a summary table, then findings by severity; past the
//! first 50, the rest are folded in a `<details>` block.

use super::{Report, Reporter};
use crate::rules::{Severity, Status};
use std::io::{self, Write};

pub struct Markdown;

const SHOWN: usize = 50;
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

impl Reporter for Markdown {
    fn write(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let failing: usize = report.files.iter().map(|f| f.summary.failing).sum();
        let total: usize = report.files.iter().map(|f| f.shown.len()).sum();
        let verdict = if failing > 0 { "❌" } else { "✅" };
        writeln!(
            out,
            "## {verdict} tfaudit: {total} findings, {failing} failing the run\n"
        )?;
        writeln!(
            out,
            "| plan | resources | critical | high | medium | low | info | unknown | passed |"
        )?;
        writeln!(out, "|---|---:|---:|---:|---:|---:|---:|---:|---:|")?;
        for f in report.files {
            let count = |s: Severity| {
                f.findings()
                    .filter(|e| e.severity == s && e.status == Status::Fail)
                    .count()
            };
            let unknown = f.findings().filter(|e| e.status == Status::Unknown).count();
            writeln!(
                out,
                "| `{}` | {} | {} | {} | {} | {} | {} | {} | {} |",
                cell(&f.path),
                f.summary.resources,
                count(Severity::Critical),
                count(Severity::High),
                count(Severity::Medium),
                count(Severity::Low),
                count(Severity::Info),
                unknown,
                f.summary.passed
            )?;
        }
        let mut shown = 0;
        let mut folded = false;
        for sev in ORDER {
            let items: Vec<_> = report
                .files
                .iter()
                .flat_map(|f| {
                    f.findings()
                        .filter(move |e| e.severity == sev)
                        .map(move |e| (f, e))
                })
                .collect();
            if items.is_empty() {
                continue;
            }
            if !folded {
                writeln!(out, "\n### {}\n", capitalised(sev.as_str()))?;
            } else {
                writeln!(out, "\n**{}**\n", capitalised(sev.as_str()))?;
            }
            for (f, e) in items {
                if shown == SHOWN && !folded {
                    writeln!(
                        out,
                        "\n<details><summary>{} more findings</summary>\n",
                        total - SHOWN
                    )?;
                    writeln!(out, "**{}**\n", capitalised(sev.as_str()))?;
                    folded = true;
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
                writeln!(
                    out,
                    "- **{}**{status} `{}`{plan}{loc}: {}",
                    e.rule.id,
                    cell(&e.address),
                    cell(&e.message)
                )?;
                shown += 1;
            }
        }
        if folded {
            writeln!(out, "\n</details>")?;
        }
        Ok(())
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}
