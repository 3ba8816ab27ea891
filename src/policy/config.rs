//! `tfaudit.toml`: strict (unknown keys are errors naming the key and the file), every field
//! optional, resolved into the enabled rules and their parameters.
//!
//! ```toml
//! [rules.AWS-VPC-008]
//! enabled = true
//!
//! [rules.AWS-TAG-001]
//! required = ["Environment", "Owner", "Project", "CostCenter"]
//! ```

use crate::rules::{self, Params, Rule};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const FILE_NAME: &str = "tfaudit.toml";

/// The rules to run and their parameters.
pub struct Settings {
    pub rules: Vec<&'static dyn Rule>,
    pub params: Params,
    /// Where the configuration came from, if a file was read.
    pub source: Option<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            rules: rules::registry()
                .iter()
                .copied()
                .filter(|r| r.meta().default_enabled)
                .collect(),
            params: Params::default(),
            source: None,
        }
    }
}

#[derive(Debug, PartialEq)]
pub struct ConfigError {
    pub file: String,
    pub reason: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.reason)
    }
}

/// `--config PATH`, else `tfaudit.toml` in the working directory, else the defaults.
pub fn load(explicit: Option<&Path>) -> Result<Settings, ConfigError> {
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None => {
            let p = PathBuf::from(FILE_NAME);
            if !p.is_file() {
                return Ok(Settings::default());
            }
            p
        }
    };
    let file = path.display().to_string();
    let text = std::fs::read_to_string(&path).map_err(|e| ConfigError {
        file: file.clone(),
        reason: match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".into(),
            _ => format!("cannot read: {e}"),
        },
    })?;
    let mut settings = parse(&text).map_err(|reason| ConfigError { file, reason })?;
    settings.source = Some(path);
    Ok(settings)
}

/// Parse configuration text; the error is one line.
pub fn parse(text: &str) -> Result<Settings, String> {
    let doc: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        let line = e.span().map(|s| text[..s.start].lines().count().max(1));
        match line {
            Some(l) => format!("invalid TOML at line {l}: {}", e.message().trim()),
            None => format!("invalid TOML: {}", e.message().trim()),
        }
    })?;
    let mut settings = Settings::default();
    for (key, value) in doc {
        if key != "rules" {
            return Err(format!("unknown key `{key}`"));
        }
        let toml::Value::Table(rules_table) = value else {
            return Err("`rules` must be a table of [rules.ID] tables".into());
        };
        for (id, body) in rules_table {
            let rule = rules::find(&id).ok_or_else(|| format!("unknown rule `rules.{id}`"))?;
            let meta = rule.meta();
            let toml::Value::Table(body) = body else {
                return Err(format!("`rules.{id}` must be a table"));
            };
            let mut params = BTreeMap::new();
            for (k, v) in body {
                if k == "enabled" {
                    let on = v
                        .as_bool()
                        .ok_or_else(|| format!("`rules.{id}.enabled` must be true or false"))?;
                    settings.rules.retain(|r| r.meta().id != meta.id);
                    if on {
                        settings.rules.push(rule);
                    }
                } else if let Some((_, kind)) = meta.params.iter().find(|(name, _)| *name == k) {
                    check_kind(&v, kind)
                        .map_err(|want| format!("`rules.{id}.{k}` must be {want}"))?;
                    params.insert(k, v);
                } else {
                    return Err(format!("unknown key `rules.{id}.{k}`"));
                }
            }
            if !params.is_empty() {
                settings.params.set(meta.id, params);
            }
        }
    }
    settings.rules.sort_by_key(|r| r.meta().id);
    Ok(settings)
}

/// Parameter kinds a rule can declare.
fn check_kind(v: &toml::Value, kind: &str) -> Result<(), &'static str> {
    match kind {
        "strings" => match v.as_array() {
            Some(items) if items.iter().all(|i| i.is_str()) => Ok(()),
            _ => Err("a list of strings"),
        },
        "string" if v.is_str() => Ok(()),
        "string" => Err("a string"),
        "bool" if v.is_bool() => Ok(()),
        "bool" => Err("true or false"),
        _ => Err("a valid value"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        parse(text).err().unwrap()
    }

    #[test]
    fn defaults_run_the_default_rules() {
        let s = parse("").unwrap();
        assert!(s.rules.iter().all(|r| r.meta().default_enabled));
        assert_eq!(
            s.rules.len(),
            rules::registry()
                .iter()
                .filter(|r| r.meta().default_enabled)
                .count()
        );
    }

    #[test]
    fn enable_disable_and_parameters() {
        let s = parse(
            "[rules.AWS-SG-001]\nenabled = false\n[rules.AWS-TAG-001]\nrequired = [\"Team\"]\n",
        )
        .unwrap();
        assert!(!s.rules.iter().any(|r| r.meta().id == "AWS-SG-001"));
        assert_eq!(
            s.params.strings("AWS-TAG-001", "required"),
            Some(vec!["Team".to_string()])
        );
    }

    #[test]
    fn unknown_keys_and_bad_values_are_errors_naming_them() {
        assert_eq!(err("color = true"), "unknown key `color`");
        assert_eq!(
            err("[rules.AWS-NOPE-001]\nenabled = true"),
            "unknown rule `rules.AWS-NOPE-001`"
        );
        assert_eq!(
            err("[rules.AWS-SG-001]\nfoo = 1"),
            "unknown key `rules.AWS-SG-001.foo`"
        );
        assert_eq!(
            err("[rules.AWS-SG-001]\nenabled = \"yes\""),
            "`rules.AWS-SG-001.enabled` must be true or false"
        );
        assert_eq!(
            err("[rules.AWS-TAG-001]\nrequired = \"Owner\""),
            "`rules.AWS-TAG-001.required` must be a list of strings"
        );
        assert!(err("[rules\nx").starts_with("invalid TOML at line 1: "));
    }
}
