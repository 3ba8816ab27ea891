//! Reporters: one per format, behind one trait. They get a finished outcome; they never run rules.

mod json;
mod table;

use crate::policy::FileOutcome;
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for people (the default).
    Table,
    /// Versioned JSON for programs (see README).
    Json,
}

pub trait Reporter {
    fn write(&self, files: &[FileOutcome], out: &mut dyn Write) -> io::Result<()>;
}

pub fn reporter(format: Format, color: bool) -> Box<dyn Reporter> {
    match format {
        Format::Table => Box::new(table::Table { color }),
        Format::Json => Box::new(json::Json),
    }
}
