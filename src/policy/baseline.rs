//! Baselines: the findings a team accepted when it adopted tfaudit. Keyed by rule, address and
//! attribute — not by line or message, which change with unrelated edits — so that
//! `--baseline` fails only on new findings and reports how many accepted ones were fixed.

use super::FileOutcome;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    pub rule: String,
    pub address: String,
    pub attribute: String,
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

    pub fn contains(&self, e: &Entry) -> bool {
        self.entries.contains(e)
    }
}

/// The baseline of these outcomes: every finding shown (fail and unknown).
pub fn render(outcomes: &[FileOutcome]) -> String {
    let entries = outcomes
        .iter()
        .flat_map(|o| o.findings())
        .map(|e| Entry {
            rule: e.rule.id.to_string(),
            address: e.address.clone(),
            attribute: e.attribute.clone(),
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
