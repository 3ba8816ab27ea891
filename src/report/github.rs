//! GitHub Actions workflow commands: `::error file=…,line=…,title=…::message`.
//!
//! GitHub shows only 10 annotations of each level per step, so findings go most severe first
//! within each level,
//! those past the 10th of a level become plain log lines, and a closing `::notice` (the 10th
//! notice at most, so it is always shown) gives the totals, the verdict and how many were left
//! out. With `GITHUB_STEP_SUMMARY` set, the Markdown report is appended to that file.

use super::{Report, Reporter};
use crate::rules::{Eval, Severity, Status};
use std::io::{self, Write};

pub struct Github;

/// Annotations GitHub shows per level and step.
const SHOWN_PER_LEVEL: usize = 10;

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

/// 0 error, 1 warning, 2 notice.
fn level(report: &Report, e: &Eval) -> usize {
    match e.severity {
        _ if !report.gate.fails(e) => 2,
        Severity::Critical | Severity::High => 0,
        Severity::Medium => 1,
        Severity::Low | Severity::Info => 2,
    }
}

const LEVELS: [&str; 3] = ["error", "warning", "notice"];

impl Reporter for Github {
    fn write(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let mut all: Vec<&Eval> = report.files.iter().flat_map(|f| f.findings()).collect();
        // Errors, warnings, notices, each most severe first; stable: report order within.
        all.sort_by_key(|e| (level(report, e), std::cmp::Reverse(e.severity)));
        let mut used = [0; 3];
        // One notice is kept for the summary.
        let room = [SHOWN_PER_LEVEL, SHOWN_PER_LEVEL, SHOWN_PER_LEVEL - 1];
        for e in &all {
            let l = level(report, e);
            let location = report.location(e);
            let mut props = Vec::new();
            if let Some((file, line)) = &location {
                props.push(format!("file={}", property(file)));
                props.push(format!("line={line}"));
            }
            let unknown = if e.status == Status::Unknown {
                " (unknown)"
            } else {
                ""
            };
            let title = format!("{} {}{unknown}", e.rule.id, e.rule.title);
            let message = data(&super::headline(e));
            used[l] += 1;
            if used[l] <= room[l] {
                props.push(format!("title={}", property(&title)));
                writeln!(out, "::{} {}::{message}", LEVELS[l], props.join(","))?;
            } else {
                // Beyond what GitHub shows: a log line with the same facts.
                let at = location
                    .map(|(file, line)| format!(" at {}:{line}", data(&file)))
                    .unwrap_or_default();
                writeln!(out, "{}: {}{at}: {message}", LEVELS[l], data(&title))?;
            }
        }
        writeln!(
            out,
            "::notice title=tfaudit::{}",
            data(&summary(report, &used, &room))
        )?;
        if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
            let appended = std::fs::OpenOptions::new()
                .append(true)
                .create(true)
                .open(&path)
                .and_then(|mut f| writeln!(f, "{}", super::markdown::render(report)));
            // The annotations are out already; a summary file that cannot be written is not
            // worth failing the audit for.
            if let Err(err) = appended {
                eprintln!(
                    "tfaudit: cannot append to GITHUB_STEP_SUMMARY {}: {err}",
                    std::path::Path::new(&path).display()
                );
            }
        }
        Ok(())
    }
}

/// `tfaudit: 37 findings (…) in 1 plan, 34 failing the run: failed`, and what GitHub does not
/// show.
fn summary(report: &Report, used: &[usize; 3], room: &[usize; 3]) -> String {
    let findings = || report.files.iter().flat_map(|f| f.findings());
    let total = findings().count();
    let failing: usize = report.files.iter().map(|f| f.summary.failing).sum();
    let mut parts: Vec<String> = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ]
    .iter()
    .map(|&s| (s, findings().filter(|e| e.severity == s).count()))
    .filter(|&(_, n)| n > 0)
    .map(|(s, n)| format!("{n} {}", s.as_str()))
    .collect();
    let unknown = findings().filter(|e| e.status == Status::Unknown).count();
    if unknown > 0 {
        parts.push(format!("{unknown} of them unknown"));
    }
    let detail = if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    };
    let plans = report.files.len();
    let verdict = if failing > 0 { "failed" } else { "passed" };
    let mut s = format!(
        "tfaudit: {total} findings{detail} in {plans} plan{}, {failing} failing the run: {verdict}",
        if plans == 1 { "" } else { "s" }
    );
    let left: Vec<String> = (0..3)
        .filter(|&l| used[l] > room[l])
        .map(|l| {
            let n = used[l] - room[l];
            format!("{n} {}{}", LEVELS[l], if n == 1 { "" } else { "s" })
        })
        .collect();
    if !left.is_empty() {
        s.push_str(&format!(
            ". GitHub shows {SHOWN_PER_LEVEL} annotations of each level per step: {} more are \
             in the log only (all findings: tfaudit --format json)",
            left.join(", ")
        ));
    }
    s
}
