//! GitHub Actions workflow commands: `::error file=…,line=…,title=…::message`.

use super::{Report, Reporter};
use crate::policy::UnknownMode;
use crate::rules::{Severity, Status};
use std::io::{self, Write};

pub struct Github;

/// Escaping of workflow command data.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escaping of workflow command properties.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

impl Reporter for Github {
    fn write(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        for f in report.files {
            for e in f.findings() {
                let failing = e.status == Status::Fail || report.gate.unknown == UnknownMode::Fail;
                let command = match e.severity {
                    _ if !failing => "notice",
                    Severity::Critical | Severity::High => "error",
                    Severity::Medium => "warning",
                    Severity::Low | Severity::Info => "notice",
                };
                let mut props = Vec::new();
                if let Some((file, line)) = report.location(e) {
                    props.push(format!("file={}", property(&file)));
                    props.push(format!("line={line}"));
                }
                let unknown = if e.status == Status::Unknown {
                    " (unknown)"
                } else {
                    ""
                };
                props.push(format!(
                    "title={}",
                    property(&format!("{} {}{unknown}", e.rule.id, e.rule.title))
                ));
                writeln!(
                    out,
                    "::{command} {}::{}",
                    props.join(","),
                    data(&super::headline(e))
                )?;
            }
        }
        Ok(())
    }
}
