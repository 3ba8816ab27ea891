//! Reporters: one per format, behind one trait. They get a finished report; they never run
//! rules.

mod github;
mod json;
mod junit;
mod markdown;
mod sarif;
pub mod source;
mod table;

use crate::policy::{FileOutcome, Gate};
use crate::rules::compliance::{self, Control, Framework, Verdict};
use crate::rules::{Eval, Rule};
use source::SourceMap;
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for people (the default).
    Table,
    /// Versioned JSON for programs (see README).
    Json,
    /// SARIF 2.1.0, for code scanning (GitHub, GitLab, Azure DevOps).
    Sarif,
    /// JUnit XML: one test case per rule and resource evaluated.
    Junit,
    /// GitHub Actions workflow commands (annotations on the pull request).
    Github,
    /// Markdown for a pull-request comment.
    Markdown,
}

/// Everything a reporter may use.
pub struct Report<'a> {
    pub files: &'a [FileOutcome],
    /// The rules that ran, in ID order.
    pub rules: &'a [&'static dyn Rule],
    pub sources: Option<&'a SourceMap>,
    pub gate: Gate,
    /// Terminal colours (table only).
    pub color: bool,
    /// `--compact`: one line per finding, no borders (table only).
    pub compact: bool,
    /// Columns the table may use; None: no limit (a file, or a pipe without `COLUMNS`).
    pub width: Option<usize>,
    /// `--framework`: a compliance summary per control of that framework.
    pub framework: Option<Framework>,
}

/// `--color`: when the table is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorMode {
    /// On a terminal, unless `NO_COLOR` is set or `TERM=dumb`.
    Auto,
    /// Also when piped or written to a file.
    Always,
    /// Never.
    Never,
}

impl ColorMode {
    /// Whether to colour output going to a terminal (`to_terminal`) or elsewhere.
    pub fn enabled(self, to_terminal: bool) -> bool {
        match self {
            ColorMode::Always => true,
            ColorMode::Never => false,
            ColorMode::Auto => {
                to_terminal
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
            }
        }
    }
}

/// The table's width: the terminal's; `COLUMNS` when piped; none for a file.
pub fn table_width(to_stdout: bool, to_terminal: bool) -> Option<usize> {
    if to_terminal {
        let probe = comfy_table::Table::new();
        if let Some(w) = probe.width() {
            return Some(w as usize);
        }
    }
    if !to_stdout {
        return None;
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&w| w > 0)
}

impl Report<'_> {
    /// `--framework`: the verdict of each control the rules that ran cover, on one input.
    pub fn compliance(&self, f: &FileOutcome) -> Option<(Framework, Vec<(Control, Verdict)>)> {
        let fw = self.framework?;
        Some((fw, compliance::verdicts(fw, self.rules, &f.evals)))
    }

    /// The `.tf` file and line of a finding: the attribute it names when the source writes
    /// it, else its block; stack-level findings on the root module's first file.
    pub fn location(&self, e: &Eval) -> Option<(String, usize)> {
        let sources = self.sources?;
        let loc = match e.source.as_deref() {
            Some((module, block)) => match sources.find_attr(module, block, &e.attribute) {
                Some(at) => at,
                None => sources.find(module, block)?.clone(),
            },
            None if &*e.address == crate::rules::STACK => {
                let l = sources.root_file()?;
                return Some((l.file.to_string(), l.line));
            }
            // `var.x`, `module.a.var.x`, `provider.aws.eu`: the block the fix goes in.
            None => {
                let (module, block) = match e.address.rsplit_once(".var.") {
                    Some((m, v)) => (m, format!("var.{v}")),
                    None if e.address.starts_with("var.") || e.address.starts_with("provider.") => {
                        ("", e.address.to_string())
                    }
                    None => return None,
                };
                self.sources?.find(module, &block)?.clone()
            }
        };
        Some((loc.file.to_string(), loc.line))
    }
}

pub trait Reporter {
    fn write(&self, report: &Report, out: &mut dyn Write) -> io::Result<()>;
}

/// Pretty JSON through a buffer of its own: the serializer writes a few bytes at a time, and
/// each write to `out` was a call through a trait object (writing the 11 MB report of the
/// 10k-resource plan takes a quarter less time).
fn write_json(out: &mut dyn Write, doc: &impl serde::Serialize) -> io::Result<()> {
    let mut buf = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut buf, doc)?;
    buf.flush()
}

pub fn reporter(format: Format) -> Box<dyn Reporter> {
    match format {
        Format::Table => Box::new(table::Table),
        Format::Json => Box::new(json::Json),
        Format::Sarif => Box::new(sarif::Sarif),
        Format::Junit => Box::new(junit::Junit),
        Format::Github => Box::new(github::Github),
        Format::Markdown => Box::new(markdown::Markdown),
    }
}

/// `3 fail, 1 unknown, 5 pass, 12 not in this plan`.
pub fn verdict_counts(controls: &[(Control, Verdict)]) -> String {
    [
        Verdict::Fail,
        Verdict::Unknown,
        Verdict::Pass,
        Verdict::NotInPlan,
    ]
    .iter()
    .map(|v| {
        let n = controls.iter().filter(|(_, c)| c == v).count();
        format!("{n} {}", v.label())
    })
    .collect::<Vec<_>>()
    .join(", ")
}

/// The message with the resource address, for formats that show one line per finding.
pub fn headline(e: &Eval) -> String {
    // Stack-level results have no resource to name: `(stack)` would print as `((stack))`.
    if &*e.address == crate::rules::STACK {
        return e.message.to_string();
    }
    format!("{} ({})", e.message, e.address)
}
