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
}

impl Report<'_> {
    /// The `.tf` file and line of a finding's resource block, when `--source-dir` was given.
    pub fn location(&self, e: &Eval) -> Option<(String, usize)> {
        let loc = match e.source.as_ref() {
            Some((module, block)) => self.sources?.find(module, block)?,
            // `var.x`, `module.a.var.x`, `provider.aws.eu`: the block the fix goes in.
            None => {
                let (module, block) = match e.address.rsplit_once(".var.") {
                    Some((m, v)) => (m, format!("var.{v}")),
                    None if e.address.starts_with("var.") || e.address.starts_with("provider.") => {
                        ("", e.address.clone())
                    }
                    None => return None,
                };
                self.sources?.find(module, &block)?
            }
        };
        Some((loc.file.clone(), loc.line))
    }
}

pub trait Reporter {
    fn write(&self, report: &Report, out: &mut dyn Write) -> io::Result<()>;
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

/// The message with the resource address, for formats that show one line per finding.
pub fn headline(e: &Eval) -> String {
    format!("{} ({})", e.message, e.address)
}
