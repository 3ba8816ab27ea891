//! Baselines: the findings a team accepted when it adopted tfaudit. Keyed by rule, address,
//! attribute and input — not by line or message, which change with unrelated edits — so that
//! `--baseline` fails only on new findings and reports how many accepted ones were fixed.

use super::FileOutcome;
use crate::rules::Status;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    pub rule: String,
    pub address: String,
    pub attribute: String,
    /// What was accepted: an accepted Unknown does not hide a later Fail. Absent in files
    /// written before statuses were recorded: those entries accept either, as they did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Accepted>,
    /// The input it was found in, as given: an accepted finding of one plan does not hide the
    /// same address in another audited with it. Absent in files written before: any input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

/// The status a baseline entry accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Accepted {
    Fail,
    Unknown,
}

impl Accepted {
    pub fn of(status: Status) -> Option<Accepted> {
        match status {
            Status::Fail => Some(Accepted::Fail),
            Status::Unknown => Some(Accepted::Unknown),
            Status::Pass => None,
        }
    }

    /// An accepted Fail also covers an Unknown (the same finding, less certain); an accepted
    /// Unknown covers only an Unknown.
    fn covers(self, status: Status) -> bool {
        matches!(
            (self, status),
            (Accepted::Fail, Status::Fail | Status::Unknown) | (Accepted::Unknown, Status::Unknown)
        )
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u32,
    entries: BTreeSet<Entry>,
}

#[derive(Debug, Default)]
pub struct Baseline {
    pub entries: BTreeSet<Entry>,
}

impl Baseline {
    pub fn load(path: &std::path::Path) -> Result<Baseline, String> {
        let text = std::fs::read_to_string(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            _ => format!("cannot read: {e}"),
        })?;
        let file: File =
            serde_json::from_str(&text).map_err(|e| format!("not a tfaudit baseline ({e})"))?;
        if file.version != 1 {
            return Err(format!("unsupported baseline version {}", file.version));
        }
        Ok(Baseline {
            entries: file.entries,
        })
    }

    /// The entries recorded for this rule, address and attribute in this input (or in any,
    /// for entries that do not say), whatever their status.
    pub fn recorded<'b>(
        &'b self,
        rule: &'b str,
        address: &'b str,
        attribute: &'b str,
        file: &'b str,
    ) -> impl Iterator<Item = &'b Entry> {
        let first = Entry {
            rule: rule.to_string(),
            address: address.to_string(),
            attribute: attribute.to_string(),
            status: None,
            file: None,
        };
        self.entries
            .range(first..)
            .take_while(move |e| e.rule == rule && e.address == address && e.attribute == attribute)
            .filter(move |e| e.file.as_deref().is_none_or(|f| f == file))
    }

    /// Whether an entry accepts a finding of `status` with this rule, address and attribute.
    pub fn accepts(entry: &Entry, status: Status) -> bool {
        entry.status.is_none_or(|a| a.covers(status))
    }
}

/// The baseline of these outcomes: every finding shown (fail and unknown).
pub fn render(outcomes: &[FileOutcome]) -> String {
    let entries = outcomes
        .iter()
        .flat_map(|o| o.findings().map(move |e| (o, e)))
        .map(|(o, e)| Entry {
            rule: e.rule.id.to_string(),
            address: e.address.to_string(),
            attribute: e.attribute.to_string(),
            status: Accepted::of(e.status),
            file: Some(o.path.clone()),
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&File {
        version: 1,
        entries,
    })
    .unwrap_or_default();
    text.push('\n');
    text
}
