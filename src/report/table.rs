//! The default, human format.

use super::{Report, Reporter};
use crate::policy::FileOutcome;
use crate::rules::{Severity, Status};
use comfy_table::{presets, Cell, Color, ContentArrangement, Table as Grid};
use std::io::{self, Write};

pub struct Table;

impl Table {
    fn severity_cell(&self, s: Severity, color: bool) -> Cell {
        let cell = Cell::new(s.as_str());
        if !color {
            return cell;
        }
        match s {
            Severity::Critical | Severity::High => cell.fg(Color::Red),
            Severity::Medium => cell.fg(Color::Yellow),
            Severity::Low => cell.fg(Color::Blue),
            Severity::Info => cell,
        }
    }
}

impl Reporter for Table {
    fn write(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let files = report.files;
        for (i, f) in files.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            if files.len() > 1 {
                writeln!(out, "{}", f.path)?;
            }
            if !f.shown.is_empty() {
                let mut t = Grid::new();
                t.load_preset(presets::UTF8_FULL_CONDENSED);
                if report.color {
                    t.set_content_arrangement(ContentArrangement::Dynamic);
                }
                t.set_header(vec!["Severity", "Rule", "Status", "Resource", "Message"]);
                for e in f.findings() {
                    let status = match e.status {
                        Status::Fail => "FAIL",
                        Status::Unknown => "UNKNOWN",
                        Status::Pass => "pass",
                    };
                    let mut message = e.message.clone();
                    if let Some(p) = &e.provenance {
                        if !message.contains(p.as_str()) {
                            message = format!("{message} (from {p})");
                        }
                    }
                    t.add_row(vec![
                        self.severity_cell(e.severity, report.color),
                        Cell::new(e.rule.id),
                        Cell::new(status),
                        Cell::new(&e.address),
                        Cell::new(message),
                    ]);
                }
                writeln!(out, "{t}")?;
            }
            writeln!(out, "{}", summary_line(f))?;
            if let Some(hint) = &f.summary.hint {
                writeln!(out, "{hint}")?;
            }
        }
        Ok(())
    }
}

fn summary_line(f: &FileOutcome) -> String {
    let s = &f.summary;
    if s.quiet {
        return format!("{} findings failing the run", s.failing);
    }
    let mut by: Vec<String> = s
        .by_severity
        .iter()
        .rev()
        .map(|(sev, n)| format!("{n} {}", sev.as_str()))
        .collect();
    if by.is_empty() {
        by.push("none".into());
    }
    let outside = if s.outside > 0 {
        format!(" ({} outside the AWS rule set)", s.outside)
    } else {
        String::new()
    };
    let mut extra = String::new();
    if s.suppressed > 0 {
        extra.push_str(&format!(", {} suppressed", s.suppressed));
    }
    if s.below_severity > 0 {
        extra.push_str(&format!(", {} below --severity", s.below_severity));
    }
    if s.baselined > 0 || s.baseline_fixed > 0 {
        extra.push_str(&format!(
            ", {} in the baseline, {} baseline entries fixed",
            s.baselined, s.baseline_fixed
        ));
    }
    format!(
        "{} resources{outside}, {} checks: {} failed, {} unknown, {} passed{extra}; findings by severity: {}; {} failing the run",
        s.resources,
        s.evaluated,
        s.failed,
        s.unknown,
        s.passed,
        by.join(", "),
        s.failing
    )
}
