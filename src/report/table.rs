//! The default, human format: a bordered table; a grouped view when many findings share a
//! rule or a resource; `--compact` lines. Addresses and locations are never wrapped: only the
//! message is, between words.

use super::{Report, Reporter};
use crate::policy::FileOutcome;
use crate::rules::{Eval, Severity, Status};
use comfy_table::{presets, Cell, ColumnConstraint, ContentArrangement, Table as Grid};
use std::collections::HashMap;
use std::io::{self, Write};

/// The grouped view is used above this many findings in one file…
pub const GROUP_ABOVE: usize = 40;
/// …when its groups (by rule, or by resource: whichever makes fewer) hold at least this many
/// findings on average; otherwise a group header per finding or two would only add lines.
pub const GROUP_AVERAGE: usize = 3;
/// Narrower than this for the message, the bordered table gives way to compact lines.
const MIN_MESSAGE: usize = 24;
/// Where the findings of a group start.
const INDENT: &str = "    ";

pub struct Table;

/// One finding as printed.
struct Row<'a> {
    e: &'a Eval,
    status: &'static str,
    location: String,
    message: String,
}

impl<'a> Row<'a> {
    fn new(e: &'a Eval, report: &Report) -> Row<'a> {
        let status = match e.status {
            Status::Fail => "FAIL",
            Status::Unknown => "UNKNOWN",
            Status::Pass => "pass",
        };
        let mut message = e.message.to_string();
        if let Some(p) = &e.provenance {
            if !message.contains(&**p) {
                message = format!("{message} (from {p})");
            }
        }
        let location = report
            .location(e)
            .map(|(file, line)| format!("{file}:{line}"))
            .unwrap_or_default();
        Row {
            e,
            status,
            location,
            message,
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
            let rows: Vec<Row> = f.findings().map(|e| Row::new(e, report)).collect();
            if rows.is_empty() {
            } else if report.compact {
                compact(report, &rows, out)?;
            } else if let Some(by) = grouping(&rows) {
                grouped(report, &rows, by, out)?;
            } else if !bordered(report, &rows, out)? {
                stacked(report, &rows, out)?;
            }
            writeln!(out, "{}", summary_line(f))?;
            if let Some(hint) = &f.summary.hint {
                writeln!(out, "{hint}")?;
            }
            if let Some(root) = &f.summary.source {
                writeln!(out, "source: {root}")?;
            }
            if let Some((fw, controls)) = report.compliance(f) {
                let n = controls.len();
                writeln!(
                    out,
                    "\n{} controls ({n}): {}",
                    fw.label(),
                    super::verdict_counts(&controls)
                )?;
                let w = widest(controls.iter().map(|(c, _)| c.id));
                for (c, v) in &controls {
                    let rules: Vec<&str> = c.rules.iter().map(|m| m.id).collect();
                    writeln!(
                        out,
                        "  {:<w$}  {:<16}  {}",
                        c.id,
                        v.label(),
                        rules.join(", ")
                    )?;
                }
            }
        }
        Ok(())
    }
}

fn width(s: &str) -> usize {
    s.chars().count()
}

fn widest<'a>(items: impl Iterator<Item = &'a str>) -> usize {
    items.map(width).max().unwrap_or(0)
}

/// Critical and high in different colours: a critical finding must not look like the many
/// high ones.
fn ansi(s: Severity) -> Option<&'static str> {
    match s {
        Severity::Critical => Some("38;5;13;1"),
        Severity::High => Some("38;5;9"),
        Severity::Medium => Some("38;5;11"),
        Severity::Low => Some("38;5;14"),
        Severity::Info => None,
    }
}

/// `text` (already padded) in the severity's colour.
fn paint(report: &Report, s: Severity, text: &str) -> String {
    match ansi(s) {
        Some(code) if report.color => format!("\x1b[{code}m{text}\x1b[0m"),
        _ => text.to_string(),
    }
}

/// The bordered table; false when the width leaves too little room for the message.
fn bordered(report: &Report, rows: &[Row], out: &mut dyn Write) -> io::Result<bool> {
    let with_location = report.sources.is_some();
    let mut header = vec!["Severity", "Rule", "Status", "Resource"];
    if with_location {
        header.push("Location");
    }
    header.push("Message");
    let fixed: Vec<usize> = vec![
        widest(
            rows.iter()
                .map(|r| r.e.severity.as_str())
                .chain(["Severity"]),
        ),
        widest(rows.iter().map(|r| r.e.rule.id).chain(["Rule"])),
        widest(rows.iter().map(|r| r.status).chain(["Status"])),
        widest(rows.iter().map(|r| &*r.e.address).chain(["Resource"])),
        widest(rows.iter().map(|r| r.location.as_str()).chain(["Location"])),
    ];
    let fixed = &fixed[..header.len() - 1];
    // Each column has a space either side and a border after it, plus the left border.
    let used: usize = fixed.iter().map(|w| w + 3).sum::<usize>() + 1;
    let mut t = Grid::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED);
    // Colour is added to the rendered lines: crossterm would drop it under NO_COLOR even for
    // `--color always`.
    t.force_no_tty();
    if let Some(w) = report.width {
        if used + MIN_MESSAGE + 3 > w {
            return Ok(false);
        }
        t.set_content_arrangement(ContentArrangement::Dynamic);
        t.set_width(w.min(u16::MAX as usize) as u16);
    }
    t.set_header(header);
    for r in rows {
        let mut cells = vec![
            Cell::new(r.e.severity.as_str()),
            Cell::new(r.e.rule.id),
            Cell::new(r.status),
            Cell::new(&r.e.address),
        ];
        if with_location {
            cells.push(Cell::new(&r.location));
        }
        cells.push(Cell::new(&r.message));
        t.add_row(cells);
    }
    // Set once the columns exist: only the message may wrap.
    if report.width.is_some() {
        t.set_constraints(vec![ColumnConstraint::ContentWidth; fixed.len()]);
    }
    if !report.color {
        writeln!(out, "{t}")?;
        return Ok(true);
    }
    for line in t.lines() {
        // `│ high     ┆ …`: the first cell of a finding's first line.
        let painted = line.strip_prefix("│ ").and_then(|rest| {
            let word = rest.split(' ').next()?;
            let sev = [
                Severity::Critical,
                Severity::High,
                Severity::Medium,
                Severity::Low,
                Severity::Info,
            ]
            .into_iter()
            .find(|s| s.as_str() == word)?;
            Some(format!(
                "│ {}{}",
                paint(report, sev, word),
                &rest[word.len()..]
            ))
        });
        writeln!(out, "{}", painted.unwrap_or(line))?;
    }
    Ok(true)
}

/// `SEVERITY RULE STATUS ADDRESS [FILE:LINE] MESSAGE`, one line each, whatever the width.
fn compact(report: &Report, rows: &[Row], out: &mut dyn Write) -> io::Result<()> {
    let sw = widest(rows.iter().map(|r| r.e.severity.as_str()));
    let rw = widest(rows.iter().map(|r| r.e.rule.id));
    let tw = widest(rows.iter().map(|r| r.status));
    for r in rows {
        let sev = paint(
            report,
            r.e.severity,
            &format!("{:<sw$}", r.e.severity.as_str()),
        );
        let mut line = format!(
            "{sev} {:<rw$} {:<tw$} {}",
            r.e.rule.id, r.status, r.e.address
        );
        if !r.location.is_empty() {
            line.push(' ');
            line.push_str(&r.location);
        }
        line.push(' ');
        line.push_str(&r.message);
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// For a terminal too narrow for the table: the compact line's head, the message wrapped
/// beside it or under it.
fn stacked(report: &Report, rows: &[Row], out: &mut dyn Write) -> io::Result<()> {
    let sw = widest(rows.iter().map(|r| r.e.severity.as_str()));
    let rw = widest(rows.iter().map(|r| r.e.rule.id));
    let tw = widest(rows.iter().map(|r| r.status));
    for r in rows {
        let sev = paint(
            report,
            r.e.severity,
            &format!("{:<sw$}", r.e.severity.as_str()),
        );
        let mut head = format!(
            "{sev} {:<rw$} {:<tw$} {}",
            r.e.rule.id, r.status, r.e.address
        );
        let mut lead = sw + rw + tw + 3 + width(&r.e.address);
        if !r.location.is_empty() {
            head = format!("{head} {}", r.location);
            lead += 1 + width(&r.location);
        }
        finding(report, head, lead + 1, &r.message, out)?;
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum By {
    Rule,
    Resource,
}

/// Whether to group, and by what: see [`GROUP_ABOVE`] and [`GROUP_AVERAGE`].
fn grouping(rows: &[Row]) -> Option<By> {
    if rows.len() <= GROUP_ABOVE {
        return None;
    }
    let rules = by_rule(rows).len();
    let resources = by_resource(rows).len();
    let (by, groups) = if rules <= resources {
        (By::Rule, rules)
    } else {
        (By::Resource, resources)
    };
    (groups * GROUP_AVERAGE <= rows.len()).then_some(by)
}

/// Runs of one severity and rule (rows come sorted by severity, rule, address).
fn by_rule<'r, 'a>(rows: &'r [Row<'a>]) -> Vec<&'r [Row<'a>]> {
    rows.chunk_by(|a, b| a.e.severity == b.e.severity && a.e.rule.id == b.e.rule.id)
        .collect()
}

/// Rows per address, in the order of each address's most severe finding.
fn by_resource<'r, 'a>(rows: &'r [Row<'a>]) -> Vec<Vec<&'r Row<'a>>> {
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut groups: Vec<Vec<&Row>> = Vec::new();
    for r in rows {
        let i = *index.entry(&*r.e.address).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[i].push(r);
    }
    groups
}

fn count(n: usize) -> String {
    if n == 1 {
        "1 finding".into()
    } else {
        format!("{n} findings")
    }
}

/// One header per rule (or resource), its findings indented under it.
fn grouped(report: &Report, rows: &[Row], by: By, out: &mut dyn Write) -> io::Result<()> {
    let groups: Vec<Vec<&Row>> = match by {
        By::Rule => by_rule(rows)
            .into_iter()
            .map(|g| g.iter().collect())
            .collect(),
        By::Resource => by_resource(rows),
    };
    writeln!(
        out,
        "{} in {} groups by {} (--compact: one line each)",
        count(rows.len()),
        groups.len(),
        match by {
            By::Rule => "rule",
            By::Resource => "resource",
        }
    )?;
    for g in &groups {
        let first = g[0].e;
        match by {
            By::Rule => {
                let sev = paint(report, first.severity, first.severity.as_str());
                writeln!(
                    out,
                    "{sev} {} {} ({})",
                    first.rule.id,
                    first.rule.title,
                    count(g.len())
                )?;
                let aw = widest(g.iter().map(|r| &*r.e.address));
                let lw = widest(g.iter().map(|r| r.location.as_str()));
                let tw = widest(g.iter().map(|r| r.status));
                for r in g {
                    let mut head = format!("{INDENT}{:<tw$} {:<aw$}", r.status, r.e.address);
                    if lw > 0 {
                        head.push_str(&format!(" {:<lw$}", r.location));
                    }
                    let lead = width(&head) + 1;
                    finding(report, head, lead, &r.message, out)?;
                }
            }
            By::Resource => {
                let mut head = first.address.to_string();
                if !g[0].location.is_empty() {
                    head.push(' ');
                    head.push_str(&g[0].location);
                }
                writeln!(out, "{head} ({})", count(g.len()))?;
                let sw = widest(g.iter().map(|r| r.e.severity.as_str()));
                let rw = widest(g.iter().map(|r| r.e.rule.id));
                let tw = widest(g.iter().map(|r| r.status));
                for r in g {
                    let sev = format!("{:<sw$}", r.e.severity.as_str());
                    let lead = width(INDENT) + sw + 1 + rw + 1 + tw + 1;
                    let head = format!(
                        "{INDENT}{} {:<rw$} {:<tw$}",
                        paint(report, r.e.severity, &sev),
                        r.e.rule.id,
                        r.status
                    );
                    finding(report, head, lead, &r.message, out)?;
                }
            }
        }
    }
    Ok(())
}

/// `head` (`lead` columns wide once printed), then the message wrapped between words into the
/// width left; when too little is left, the message goes under the head, indented.
fn finding(
    report: &Report,
    head: String,
    lead: usize,
    message: &str,
    out: &mut dyn Write,
) -> io::Result<()> {
    let Some(w) = report.width else {
        return writeln!(out, "{head} {message}");
    };
    // Beside the head only with a fair share of the line; else under it.
    let (first, indent) = if w >= lead + MIN_MESSAGE.max(w / 3) {
        (format!("{head} "), lead)
    } else {
        writeln!(out, "{}", head.trim_end())?;
        let indent = width(INDENT) * 2;
        (" ".repeat(indent), indent)
    };
    let pad = " ".repeat(indent);
    for (i, line) in wrap(message, w.saturating_sub(indent)).iter().enumerate() {
        let start = if i == 0 { first.as_str() } else { pad.as_str() };
        writeln!(out, "{start}{line}")?;
    }
    Ok(())
}

/// Lines of at most `width` columns, broken only between words: a word longer than the line
/// (an address, an ARN) overflows rather than being cut.
fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let line = lines.last_mut().expect("never empty");
        if line.is_empty() {
            line.push_str(word);
        } else if width(line) + 1 + width(word) <= max {
            line.push(' ');
            line.push_str(word);
        } else {
            lines.push(word.to_string());
        }
    }
    lines
}

/// Distinct resources judged, and how many of them have a failing finding shown, an Unknown
/// one (and none failing), or none shown. Variables, providers and `(stack)` are not resources.
fn resource_counts(f: &FileOutcome) -> [usize; 4] {
    let is_resource = |a: &str| {
        let name = a.split('[').next().unwrap_or(a);
        a != "(stack)"
            && !name.starts_with("var.")
            && !name.contains(".var.")
            && !name.starts_with("provider.")
            && !name.contains(": suppress[")
    };
    // 0: passed, 1: unknown, 2: failed.
    let mut worst: HashMap<&str, u8> = HashMap::new();
    for e in f.evals.iter().filter(|e| is_resource(&e.address)) {
        worst.entry(&*e.address).or_insert(0);
    }
    for e in f.findings().filter(|e| is_resource(&e.address)) {
        let rank = if e.status == Status::Fail { 2 } else { 1 };
        let w = worst.entry(&*e.address).or_insert(0);
        *w = (*w).max(rank);
    }
    let n = |rank: u8| worst.values().filter(|&&w| w == rank).count();
    [worst.len(), n(2), n(1), n(0)]
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
    let [judged, r_failed, r_unknown, r_passed] = resource_counts(f);
    format!(
        "{} resources{outside}, {judged} judged: {r_failed} failed, {r_unknown} unknown, {r_passed} passed; {} checks: {} failed, {} unknown, {} passed{extra}; findings by severity: {}; {} failing the run",
        s.resources,
        s.evaluated,
        s.failed,
        s.unknown,
        s.passed,
        by.join(", "),
        s.failing
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::{EXPIRED_SUPPRESSION as A, UNUSED_SUPPRESSION as B};

    fn evals(
        n: usize,
        rule: impl Fn(usize) -> bool,
        address: impl Fn(usize) -> String,
    ) -> Vec<Eval> {
        (0..n)
            .map(|i| Eval {
                rule: if rule(i) { &A } else { &B },
                severity: Severity::High,
                status: Status::Fail,
                address: address(i).into(),
                attribute: "".into(),
                message: "m".into(),
                provenance: None,
                source: None,
            })
            .collect()
    }

    fn by(evals: &[Eval]) -> Option<By> {
        let rows: Vec<Row> = evals
            .iter()
            .map(|e| Row {
                e,
                status: "FAIL",
                location: String::new(),
                message: e.message.to_string(),
            })
            .collect();
        grouping(&rows)
    }

    #[test]
    fn groups_by_what_makes_fewer_groups_of_three_or_more() {
        // One rule over many resources.
        assert_eq!(
            by(&evals(41, |_| true, |i| format!("r.{i}"))),
            Some(By::Rule)
        );
        // Not above the threshold.
        assert_eq!(by(&evals(40, |_| true, |i| format!("r.{i}"))), None);
        // Many findings on one resource (the rules alternate: each run is a group).
        assert_eq!(
            by(&evals(42, |i| i % 2 == 0, |_| "r.x".into())),
            Some(By::Resource)
        );
        // Nothing shared: groups of one would only add lines.
        assert_eq!(by(&evals(42, |i| i % 2 == 0, |i| format!("r.{i}"))), None);
    }

    #[test]
    fn wrap_breaks_between_words_only() {
        assert_eq!(wrap("a bb ccc", 4), ["a bb", "ccc"]);
        assert_eq!(
            wrap("x module.network.aws_vpc.main y", 5),
            ["x", "module.network.aws_vpc.main", "y"]
        );
        assert_eq!(wrap("", 10), [""]);
    }
}
