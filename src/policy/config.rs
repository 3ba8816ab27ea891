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

use crate::rules::{self, Params, Rule, Severity};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const FILE_NAME: &str = "tfaudit.toml";

/// The rules to run, their parameters, severity overrides and suppressions.
pub struct Settings {
    pub rules: Vec<&'static dyn Rule>,
    pub params: Params,
    pub severity: BTreeMap<&'static str, Severity>,
    pub suppressions: Vec<Suppression>,
    /// Where the configuration came from, if a file was read.
    pub source: Option<PathBuf>,
    /// Rules a `[rules.ID]` or family table switched on or off: the profile leaves them be.
    pub explicit: BTreeMap<&'static str, bool>,
    /// `[check]`: defaults for the command-line options, by key, as strings.
    pub check: BTreeMap<String, Vec<String>>,
    /// The profile applied (`apply_profile`).
    pub profile: Profile,
    /// What is shown: `--severity` and `--quiet`.
    pub view: View,
}

/// `--profile`: which rules run without a `[rules.ID]` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Profile {
    /// A whole account stack: the presence rules and the default required tags.
    #[default]
    Stack,
    /// One component of an account: no presence rules; tags only when `required` is set.
    Module,
    /// Everything `stack` runs, and every rule that ships off by default (the low-severity
    /// breadth checks), unless `[rules.ID]` switches one off.
    Strict,
}

impl Profile {
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Stack => "stack",
            Profile::Module => "module",
            Profile::Strict => "strict",
        }
    }
}

/// What is shown of the findings (the gate decides what fails).
#[derive(Debug, Clone, Copy)]
pub struct View {
    /// `--severity`: findings below it are neither shown nor failing.
    pub min_severity: Severity,
    /// `--quiet`: only the findings that fail the run are shown.
    pub quiet: bool,
}

impl Default for View {
    fn default() -> Self {
        View {
            min_severity: Severity::Info,
            quiet: false,
        }
    }
}

impl Settings {
    /// Switch off what the profile does not run, unless a `[rules.ID]` table switched it on.
    pub fn apply_profile(&mut self, profile: Profile) {
        self.profile = profile;
        if profile == Profile::Stack {
            return;
        }
        if profile == Profile::Strict {
            let explicit = &self.explicit;
            for r in rules::registry() {
                let id = r.meta().id;
                let off = explicit.get(id) == Some(&false);
                if !off && !self.rules.iter().any(|x| x.meta().id == id) {
                    self.rules.push(*r);
                }
            }
            self.rules.sort_by_key(|r| r.meta().id);
            return;
        }
        let tags_configured = self.params.get(rules::REQUIRED_TAGS, "required").is_some();
        let explicit = &self.explicit;
        self.rules.retain(|r| {
            let m = r.meta();
            let wanted = !m.presence && (m.id != rules::REQUIRED_TAGS || tags_configured);
            wanted || explicit.get(m.id) == Some(&true)
        });
    }

    /// `--check` / `--skip-check`: rule IDs, families (`AWS-S3`) or globs (`AWS-IAM-*`). A
    /// family or glob selects among the rules that run; an exact ID in `--check` runs that
    /// rule even when it is off by default or by the profile.
    pub fn select(&mut self, check: &[String], skip: &[String]) -> Result<(), String> {
        if check.is_empty() && skip.is_empty() {
            return Ok(());
        }
        let all: Vec<&'static dyn Rule> = {
            let mut all: Vec<&'static dyn Rule> = rules::registry().to_vec();
            // A set, not a scan per rule: this runs at every start-up.
            let known: std::collections::HashSet<&str> = all.iter().map(|r| r.meta().id).collect();
            all.extend(
                self.rules
                    .iter()
                    .filter(|r| !known.contains(r.meta().id))
                    .copied(),
            );
            all
        };
        for (flag, patterns) in [("--check", check), ("--skip-check", skip)] {
            for p in patterns {
                if !all.iter().any(|r| selects(p, r.meta().id)) {
                    return Err(format!(
                        "{flag}: no rule matches `{p}` (an ID, a family like AWS-S3, or a glob like AWS-IAM-*)"
                    ));
                }
            }
        }
        if !check.is_empty() {
            let mut chosen: Vec<&'static dyn Rule> = self
                .rules
                .iter()
                .copied()
                .filter(|r| check.iter().any(|p| selects(p, r.meta().id)))
                .collect();
            for r in &all {
                let id = r.meta().id;
                let named = check.iter().any(|p| p.eq_ignore_ascii_case(id));
                if named && !chosen.iter().any(|c| c.meta().id == id) {
                    chosen.push(*r);
                }
            }
            self.rules = chosen;
        }
        self.rules
            .retain(|r| !skip.iter().any(|p| selects(p, r.meta().id)));
        Ok(())
    }
}

/// An ID, a family prefix, or a glob (`*`, `?`); case does not matter.
fn selects(pattern: &str, id: &str) -> bool {
    if pattern.contains(['*', '?']) {
        glob(&pattern.to_ascii_uppercase(), &id.to_ascii_uppercase())
    } else {
        rule_matches(pattern, id)
    }
}

/// `[[suppress]]`: findings of `rule` (an ID or a family prefix) on addresses matching
/// `address` (a glob: `*` any run of characters, `?` one) are not reported, for `reason`,
/// until `expires` (YYYY-MM-DD, inclusive).
#[derive(Debug, Clone, PartialEq)]
pub struct Suppression {
    pub rule: String,
    pub address: String,
    pub reason: String,
    pub expires: Option<String>,
}

impl Suppression {
    pub fn matches(&self, rule: &str, address: &str) -> bool {
        rule_matches(&self.rule, rule) && glob(&self.address, address)
    }

    /// Expired when its date is before `today` (both YYYY-MM-DD).
    pub fn expired(&self, today: &str) -> bool {
        self.expires.as_deref().is_some_and(|d| d < today)
    }
}

/// An ID matches itself, a family prefix (`AWS-S3`) its rules, `*` every rule.
pub fn rule_matches(pattern: &str, id: &str) -> bool {
    pattern == "*"
        || pattern.eq_ignore_ascii_case(id)
        || id
            .to_ascii_uppercase()
            .starts_with(&format!("{}-", pattern.to_ascii_uppercase()))
}

/// `*` and `?` only: resource addresses are full of `[`, `]` and quotes, which glob libraries
/// read as character classes.
pub fn glob(pattern: &str, text: &str) -> bool {
    fn go(p: &[char], t: &[char]) -> bool {
        match (p.first(), t.first()) {
            (None, None) => true,
            (Some('*'), _) => go(&p[1..], t) || (!t.is_empty() && go(p, &t[1..])),
            (Some('?'), Some(_)) => go(&p[1..], &t[1..]),
            (Some(a), Some(b)) if a == b => go(&p[1..], &t[1..]),
            _ => false,
        }
    }
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    go(&p, &t)
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
            severity: BTreeMap::new(),
            suppressions: Vec::new(),
            source: None,
            explicit: BTreeMap::new(),
            check: BTreeMap::new(),
            profile: Profile::Stack,
            view: View::default(),
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
        match key.as_str() {
            "rules" => {
                let toml::Value::Table(rules_table) = value else {
                    return Err("`rules` must be a table of [rules.ID] tables".into());
                };
                // Families first, so that a rule's own table overrides its family's.
                let mut tables: Vec<(String, toml::Value)> = rules_table.into_iter().collect();
                tables.sort_by_key(|(id, _)| rules::find(id).is_some());
                for (id, body) in tables {
                    rule_table(&mut settings, &id, body)?;
                }
            }
            "custom" => {
                let toml::Value::Array(items) = value else {
                    return Err("`custom` must be [[custom]] tables".into());
                };
                for (i, item) in items.into_iter().enumerate() {
                    let rule = custom_rule(i, item)?;
                    if settings.rules.iter().any(|r| r.meta().id == rule.meta.id) {
                        return Err(format!(
                            "custom rule {}: the ID is used twice",
                            rule.meta.id
                        ));
                    }
                    settings.rules.push(Box::leak(Box::new(rule)));
                }
            }
            "check" => {
                let toml::Value::Table(t) = value else {
                    return Err("`check` must be a table".into());
                };
                for (k, v) in t {
                    let values = check_value(&k, &v)?;
                    settings.check.insert(k, values);
                }
            }
            "suppress" => {
                let toml::Value::Array(items) = value else {
                    return Err("`suppress` must be [[suppress]] tables".into());
                };
                for (i, item) in items.into_iter().enumerate() {
                    let sup = suppression(i, item)?;
                    let known = sup.rule == "*"
                        || rules::registry()
                            .iter()
                            .chain(settings.rules.iter())
                            .any(|r| rule_matches(&sup.rule, r.meta().id));
                    if !known {
                        return Err(format!(
                            "`suppress[{i}].rule`: unknown rule or rule family `{}`",
                            sup.rule
                        ));
                    }
                    settings.suppressions.push(sup);
                }
            }
            _ => return Err(format!("unknown key `{key}`")),
        }
    }
    settings.rules.sort_by_key(|r| r.meta().id);
    Ok(settings)
}

fn rule_table(settings: &mut Settings, id: &str, body: toml::Value) -> Result<(), String> {
    let toml::Value::Table(body) = body else {
        return Err(format!("`rules.{id}` must be a table"));
    };
    let single = rules::find(id);
    let members: Vec<&'static dyn Rule> = match single {
        Some(r) => vec![r],
        None => rules::registry()
            .iter()
            .copied()
            .filter(|r| rule_matches(id, r.meta().id))
            .collect(),
    };
    if members.is_empty() {
        return Err(format!("unknown rule or rule family `rules.{id}`"));
    }
    let mut params = BTreeMap::new();
    for (k, v) in body {
        match (k.as_str(), single) {
            ("enabled", _) => {
                let on = v
                    .as_bool()
                    .ok_or_else(|| format!("`rules.{id}.enabled` must be true or false"))?;
                for rule in &members {
                    settings.explicit.insert(rule.meta().id, on);
                    settings.rules.retain(|r| r.meta().id != rule.meta().id);
                    if on {
                        settings.rules.push(*rule);
                    }
                }
            }
            ("severity", _) => {
                use clap::ValueEnum;
                let sev = v
                    .as_str()
                    .and_then(|s| Severity::from_str(s, true).ok())
                    .ok_or_else(|| format!("`rules.{id}.severity` must be one of info, low, medium, high, critical"))?;
                for rule in &members {
                    settings.severity.insert(rule.meta().id, sev);
                }
            }
            (_, Some(rule)) => {
                let meta = rule.meta();
                let Some((_, kind)) = meta.params.iter().find(|(name, _)| *name == k) else {
                    return Err(format!("unknown key `rules.{id}.{k}`"));
                };
                check_kind(&v, kind).map_err(|want| format!("`rules.{id}.{k}` must be {want}"))?;
                params.insert(k, v);
            }
            (_, None) => {
                return Err(format!(
                    "unknown key `rules.{id}.{k}` (a family table takes enabled and severity)"
                ))
            }
        }
    }
    if let (Some(rule), false) = (single, params.is_empty()) {
        settings.params.set(rule.meta().id, params);
    }
    Ok(())
}

fn custom_rule(i: usize, item: toml::Value) -> Result<rules::custom::CustomRule, String> {
    use rules::custom::{Condition, CustomRule, Spec};
    let toml::Value::Table(t) = item else {
        return Err(format!("`custom[{i}]` must be a table"));
    };
    let string = |k: &str| -> Result<String, String> {
        match t.get(k) {
            Some(toml::Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
            Some(_) => Err(format!("`custom[{i}].{k}` must be a non-empty string")),
            None => Err(format!("`custom[{i}]` needs `{k}`")),
        }
    };
    let id = string("id")?;
    let name = format!("custom rule {id}");
    for k in t.keys() {
        if ![
            "id",
            "severity",
            "title",
            "resource_types",
            "path",
            "condition",
            "value",
        ]
        .contains(&k.as_str())
        {
            return Err(format!("{name}: unknown key `{k}`"));
        }
    }
    if id.to_ascii_uppercase().starts_with("AWS-")
        || id.to_ascii_uppercase().starts_with("TFAUDIT-")
    {
        return Err(format!(
            "{name}: IDs starting with AWS- or TFAUDIT- are tfaudit's own; choose another prefix"
        ));
    }
    let severity = {
        use clap::ValueEnum;
        Severity::from_str(&string("severity")?, true).map_err(|_| {
            format!("{name}: severity must be one of info, low, medium, high, critical")
        })?
    };
    let title = string("title")?;
    let types: Vec<String> = match t.get("resource_types") {
        Some(toml::Value::Array(items))
            if !items.is_empty() && items.iter().all(|v| v.is_str()) =>
        {
            items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        }
        _ => {
            return Err(format!(
                "{name}: resource_types must be a non-empty list of strings"
            ))
        }
    };
    let path = string("path")?;
    jsonpath_rust::parser::parse_json_path(&path).map_err(|e| {
        format!(
            "{name}: bad JSONPath `{path}`: {}",
            one_line(&e.to_string())
        )
    })?;
    let value = t
        .get("value")
        .map(|v| serde_json::to_value(v).unwrap_or_default());
    let need = |v: Option<serde_json::Value>| {
        v.ok_or_else(|| format!("{name}: condition needs a `value`"))
    };
    let list = |v: Option<serde_json::Value>| match need(v)? {
        serde_json::Value::Array(items) => Ok(items),
        _ => Err(format!("{name}: `value` must be a list for this condition")),
    };
    let condition_name = string("condition")?;
    let condition = match condition_name.as_str() {
        "exists" => Condition::Exists,
        "absent" => Condition::Absent,
        "equals" => Condition::Equals(need(value.clone())?),
        "not_equals" => Condition::NotEquals(need(value.clone())?),
        "matches" => {
            let pattern = need(value.clone())?;
            let pattern = pattern.as_str().ok_or_else(|| format!("{name}: `value` must be a regular expression string"))?;
            Condition::Matches(regex::Regex::new(pattern).map_err(|e| format!("{name}: bad regular expression: {}", one_line(&e.to_string())))?)
        }
        "in" => Condition::In(list(value.clone())?),
        "not_in" => Condition::NotIn(list(value.clone())?),
        other => return Err(format!("{name}: unknown condition `{other}` (exists, absent, equals, not_equals, matches, in, not_in)")),
    };
    // The documentation names the condition, not its values: a custom rule may compare with a
    // secret, and the documentation is printed whole (SARIF rule help).
    let shown = match &value {
        Some(serde_json::Value::Array(_)) => format!("{condition_name} the values in tfaudit.toml"),
        Some(_) => format!("{condition_name} the value in tfaudit.toml"),
        None => condition_name.replace('_', " "),
    };
    Ok(CustomRule::new(Spec {
        id,
        severity,
        title,
        types,
        path,
        condition,
        shown,
    }))
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn suppression(i: usize, item: toml::Value) -> Result<Suppression, String> {
    let toml::Value::Table(t) = item else {
        return Err(format!("`suppress[{i}]` must be a table"));
    };
    let get = |k: &str| -> Result<Option<String>, String> {
        match t.get(k) {
            None => Ok(None),
            Some(toml::Value::String(s)) => Ok(Some(s.clone())),
            Some(toml::Value::Datetime(d)) if k == "expires" => Ok(Some(d.to_string())),
            Some(_) => Err(format!("`suppress[{i}].{k}` must be a string")),
        }
    };
    let rule = get("rule")?.ok_or_else(|| format!("`suppress[{i}]` needs `rule`"))?;
    let address = get("address")?.unwrap_or_else(|| "*".into());
    let reason = get("reason")?
        .filter(|r| !r.trim().is_empty())
        .ok_or_else(|| format!("`suppress[{i}]` needs a `reason`"))?;
    let expires = get("expires")?;
    if let Some(d) = &expires {
        let ok = d.len() == 10
            && d.chars().enumerate().all(|(j, c)| {
                if j == 4 || j == 7 {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }
            });
        if !ok {
            return Err(format!("`suppress[{i}].expires` must be a date YYYY-MM-DD"));
        }
    }
    if rule != "*"
        && !rules::registry()
            .iter()
            .any(|r| rule_matches(&rule, r.meta().id))
    {
        return Err(format!(
            "`suppress[{i}].rule`: unknown rule or rule family `{rule}`"
        ));
    }
    for k in t.keys() {
        if !["rule", "address", "reason", "expires"].contains(&k.as_str()) {
            return Err(format!("unknown key `suppress[{i}].{k}`"));
        }
    }
    Ok(Suppression {
        rule,
        address,
        reason,
        expires,
    })
}

/// A key of `[check]`: a default for the command-line option of the same name (`-` for `_`),
/// also read from the environment variable `TFAUDIT_KEY`.
pub struct CheckKey {
    pub key: &'static str,
    /// Takes several values (a TOML list; comma-separated in the environment).
    pub list: bool,
    pub default: &'static [&'static str],
}

/// Every `[check]` key, in the order `config --show` prints them.
pub const CHECK_KEYS: &[CheckKey] = &[
    CheckKey {
        key: "profile",
        list: false,
        default: &["stack"],
    },
    CheckKey {
        key: "check",
        list: true,
        default: &[],
    },
    CheckKey {
        key: "skip_check",
        list: true,
        default: &[],
    },
    CheckKey {
        key: "fail_on",
        list: false,
        default: &["low"],
    },
    CheckKey {
        key: "unknown",
        list: false,
        default: &["warn"],
    },
    CheckKey {
        key: "severity",
        list: false,
        default: &["info"],
    },
    CheckKey {
        key: "quiet",
        list: false,
        default: &["false"],
    },
    CheckKey {
        key: "compact",
        list: false,
        default: &["false"],
    },
    CheckKey {
        key: "color",
        list: false,
        default: &["auto"],
    },
    CheckKey {
        key: "framework",
        list: false,
        default: &[],
    },
    CheckKey {
        key: "format",
        list: true,
        default: &["table"],
    },
    CheckKey {
        key: "source_dir",
        list: false,
        default: &[],
    },
];

/// Keys that are switches (`true`/`false`).
fn is_switch(key: &str) -> bool {
    matches!(key, "quiet" | "compact")
}

fn check_key(key: &str) -> Option<&'static CheckKey> {
    CHECK_KEYS.iter().find(|k| k.key == key)
}

/// The environment variable of a `[check]` key.
pub fn env_name(key: &str) -> String {
    format!("TFAUDIT_{}", key.to_ascii_uppercase())
}

/// Is `value` acceptable for `key`? The error says what is.
fn check_valid(key: &str, value: &str) -> Result<(), String> {
    use clap::ValueEnum;
    let ok = match key {
        "profile" => Profile::from_str(value, true).is_ok(),
        "fail_on" => super::FailOn::from_str(value, true).is_ok(),
        "unknown" => super::UnknownMode::from_str(value, true).is_ok(),
        "severity" => Severity::from_str(value, true).is_ok(),
        "quiet" | "compact" => matches!(value, "true" | "false"),
        "color" => crate::report::ColorMode::from_str(value, true).is_ok(),
        "framework" => crate::rules::compliance::Framework::from_str(value, true).is_ok(),
        "format" => {
            let (name, file) = value.split_once('=').unwrap_or((value, "x"));
            !file.is_empty() && crate::report::Format::from_str(name, true).is_ok()
        }
        _ => !value.trim().is_empty(),
    };
    if ok {
        return Ok(());
    }
    Err(match key {
        "profile" => "must be stack or module".into(),
        "fail_on" => "must be one of none, info, low, medium, high, critical".into(),
        "unknown" => "must be one of fail, warn, ignore".into(),
        "severity" => "must be one of info, low, medium, high, critical".into(),
        "quiet" | "compact" => "must be true or false".into(),
        "color" => "must be one of auto, always, never".into(),
        "framework" => "must be fsbp or cis".into(),
        "format" => {
            "must be one of table, json, sarif, junit, github, markdown (FORMAT or FORMAT=FILE)"
                .into()
        }
        _ => "must not be empty".into(),
    })
}

/// A `[check]` value from the file, as strings.
fn check_value(key: &str, v: &toml::Value) -> Result<Vec<String>, String> {
    let Some(k) = check_key(key) else {
        return Err(format!("unknown key `check.{key}`"));
    };
    let values: Vec<String> = match v {
        toml::Value::String(s) => vec![s.clone()],
        toml::Value::Boolean(b) if is_switch(key) => vec![b.to_string()],
        toml::Value::Array(items) if k.list && items.iter().all(|i| i.is_str()) => items
            .iter()
            .filter_map(|i| i.as_str().map(str::to_string))
            .collect(),
        _ if is_switch(key) => return Err(format!("`check.{key}` must be true or false")),
        _ if k.list => {
            return Err(format!(
                "`check.{key}` must be a string or a list of strings"
            ))
        }
        _ => return Err(format!("`check.{key}` must be a string")),
    };
    for value in &values {
        check_valid(key, value).map_err(|e| format!("`check.{key}` {e}"))?;
    }
    Ok(values)
}

/// Where an option's value came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    Default,
    File(String),
    Env(String),
    CommandLine,
}

impl Origin {
    pub fn describe(&self) -> String {
        match self {
            Origin::Default => "default".into(),
            Origin::File(f) => f.clone(),
            Origin::Env(v) => format!("environment {v}"),
            Origin::CommandLine => "command line".into(),
        }
    }
}

/// An option's effective value: the command line, else `TFAUDIT_KEY`, else `[check]` of the
/// file, else the default.
#[derive(Debug, Clone)]
pub struct Choice {
    pub key: &'static str,
    pub values: Vec<String>,
    pub origin: Origin,
}

/// Resolve every `[check]` key; `cli` holds the options given on the command line, `env`
/// reads an environment variable. An invalid environment value is an error naming it.
pub fn resolve(
    settings: &Settings,
    cli: &BTreeMap<&'static str, Vec<String>>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Vec<Choice>, String> {
    let file = settings
        .source
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| FILE_NAME.into());
    let mut out = Vec::new();
    for k in CHECK_KEYS {
        let (values, origin) = if let Some(v) = cli.get(k.key) {
            (v.clone(), Origin::CommandLine)
        } else if let Some(raw) = env(&env_name(k.key)).filter(|v| !v.trim().is_empty()) {
            let var = env_name(k.key);
            let values: Vec<String> = if k.list {
                raw.split(',')
                    .map(|v| v.trim().to_string())
                    .filter(|v| !v.is_empty())
                    .collect()
            } else if is_switch(k.key) {
                match raw.trim().to_ascii_lowercase().as_str() {
                    "1" | "true" | "yes" => vec!["true".into()],
                    "0" | "false" | "no" => vec!["false".into()],
                    _ => return Err(format!("{var}: must be true or false")),
                }
            } else {
                vec![raw.trim().to_string()]
            };
            for v in &values {
                check_valid(k.key, v).map_err(|e| format!("{var}: {e}"))?;
            }
            (values, Origin::Env(var))
        } else if let Some(v) = settings.check.get(k.key) {
            (v.clone(), Origin::File(file.clone()))
        } else {
            let values = k.default.iter().map(|d| d.to_string()).collect();
            (values, Origin::Default)
        };
        out.push(Choice {
            key: k.key,
            values,
            origin,
        });
    }
    Ok(out)
}

/// `[check]` as `config --show` prints it: TOML, each value with where it came from.
pub fn show_check(choices: &[Choice]) -> String {
    let mut out = String::from("\n[check]\n");
    for c in choices {
        let list = check_key(c.key).is_some_and(|k| k.list);
        let value = if is_switch(c.key) {
            c.values.first().cloned().unwrap_or_default()
        } else if list {
            let items: Vec<String> = c.values.iter().map(|v| format!("{v:?}")).collect();
            format!("[{}]", items.join(", "))
        } else if let Some(v) = c.values.first() {
            format!("{v:?}")
        } else {
            out.push_str(&format!(
                "# {} is not set ({})\n",
                c.key,
                c.origin.describe()
            ));
            continue;
        };
        out.push_str(&format!("{} = {value}  # {}\n", c.key, c.origin.describe()));
    }
    out
}

/// Today's date, YYYY-MM-DD (UTC), for suppression expiry.
pub fn today() -> String {
    rules::system_today()
}

/// The effective configuration as TOML (`tfaudit config --show`): the options with where each
/// comes from, every rule after the profile, `--check` and `--skip-check`, custom rules.
pub fn show(settings: &Settings, choices: &[Choice]) -> String {
    let mut out = match &settings.source {
        Some(p) => format!("# effective configuration: defaults and {}\n", p.display()),
        None => "# effective configuration: defaults (no tfaudit.toml)\n".to_string(),
    };
    out.push_str(&show_check(choices));
    for rule in rules::registry() {
        let m = rule.meta();
        let on = settings.rules.iter().any(|r| r.meta().id == m.id);
        let sev = settings.severity.get(m.id).copied().unwrap_or(m.severity);
        out.push_str(&format!(
            "\n[rules.{}]\nenabled = {on}\nseverity = \"{}\"\n",
            m.id,
            sev.as_str()
        ));
        for (name, _) in m.params {
            if let Some(v) = settings.params.get(m.id, name) {
                out.push_str(&format!("{name} = {v}\n"));
            }
        }
    }
    for s in &settings.suppressions {
        out.push_str(&format!(
            "\n[[suppress]]\nrule = {:?}\naddress = {:?}\nreason = {:?}\n",
            s.rule, s.address, s.reason
        ));
        if let Some(e) = &s.expires {
            out.push_str(&format!("expires = {e:?}\n"));
        }
    }
    // The path, condition and value stay in the file: a value may be a secret.
    for r in &settings.rules {
        let m = r.meta();
        if rules::find(m.id).is_some() {
            continue;
        }
        let types: Vec<String> = m.types.iter().map(|t| format!("{t:?}")).collect();
        out.push_str(&format!(
            "\n[[custom]]\nid = {:?}\nseverity = \"{}\"\ntitle = {:?}\nresource_types = [{}]\n# path, condition and value: as in the file\n",
            m.id,
            m.severity.as_str(),
            m.title,
            types.join(", ")
        ));
    }
    out
}

/// The commented template `tfaudit init` writes.
pub const TEMPLATE: &str = r#"# tfaudit configuration. Every key is optional; unknown keys are errors.
# `tfaudit config --show` prints the effective configuration; `tfaudit rules` lists the rules.

# Defaults for the command-line options. Precedence: the command line, then the environment
# (TFAUDIT_PROFILE, TFAUDIT_FAIL_ON, TFAUDIT_CHECK, ...), then this table.
#
# The profile: "stack" (the default) audits a whole account stack: the presence rules (a
# CloudTrail trail, a Config recorder, GuardDuty routing, X-Ray sampling, ...) run, and every
# taggable resource needs the tags Environment, Owner and Project.
# "module" audits a plan that is one component of an account: the presence rules are off,
# and tags are required only when [rules.AWS-TAG-001] lists them.
# [check]
# profile    = "stack"
# fail_on    = "low"             # none (report, never fail), info, low, medium, high, critical
# unknown    = "warn"            # fail, warn, ignore
# severity   = "info"            # show only findings at or above this severity
# quiet      = false             # show only the findings that fail the run
# compact    = false             # the table as one line per finding
# color      = "auto"            # auto, always, never
# framework  = "fsbp"            # a compliance summary per control: fsbp or cis
# check      = ["AWS-S3", "AWS-IAM-*"]   # run only these rules (IDs, families, globs)
# skip_check = ["AWS-ASG-002"]           # never run these
# format     = ["table", "sarif=tfaudit.sarif"]
# source_dir = "."

# The tags every taggable resource must carry (under "module": only when listed here).
# [rules.AWS-TAG-001]
# required = ["Environment", "Owner", "Project"]

# Switch a rule on or off, or change its severity (info, low, medium, high, critical).
# [rules.AWS-VPC-008]
# enabled = true
#
# [rules.AWS-SG-002]
# severity = "low"

# A whole family at once (a rule's own table still wins).
# [rules.AWS-S3]
# severity = "high"

# Rule parameters.
# [rules.AWS-REG-001]
# enabled = true
# regions = ["us-east-1", "us-west-2"]

# Accepted risks: the rule (ID, family or "*"), an address glob (* and ?), a reason, and an
# optional expiry date after which the finding is back and the suppression is reported.
# [[suppress]]
# rule    = "AWS-S3-003"
# address = "module.logs.aws_s3_bucket.*"
# reason  = "central log bucket; logging to itself would loop"
# expires = "2027-06-30"
"#;

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
    fn strict_runs_every_rule_but_those_switched_off() {
        let mut s = parse("[rules.AWS-SG-001]\nenabled = false\n").unwrap();
        s.apply_profile(Profile::Strict);
        let ids: Vec<&str> = s.rules.iter().map(|r| r.meta().id).collect();
        assert!(!ids.contains(&"AWS-SG-001"));
        assert_eq!(ids.len(), rules::registry().len() - 1);
        // Off by default, on under strict.
        assert!(ids.contains(&"AWS-DDB-002"));
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
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
    fn families_severities_and_suppressions() {
        let s = parse(
            "[rules.AWS-S3]\nenabled = false\nseverity = \"low\"\n[rules.AWS-S3-001]\nenabled = true\nseverity = \"critical\"\n\n[[suppress]]\nrule = \"AWS-SG\"\naddress = \"module.net[\\\"a\\\"].*\"\nreason = \"accepted\"\nexpires = 2027-01-31\n",
        )
        .unwrap();
        let on: Vec<&str> = s
            .rules
            .iter()
            .map(|r| r.meta().id)
            .filter(|id| id.starts_with("AWS-S3"))
            .collect();
        assert_eq!(on, vec!["AWS-S3-001"]);
        assert_eq!(s.severity.get("AWS-S3-001"), Some(&Severity::Critical));
        assert_eq!(s.severity.get("AWS-S3-002"), Some(&Severity::Low));
        let sup = &s.suppressions[0];
        assert!(sup.matches("AWS-SG-001", r#"module.net["a"].aws_security_group.x"#));
        assert!(!sup.matches("AWS-SG-001", r#"module.net["b"].aws_security_group.x"#));
        assert!(!sup.matches("AWS-S3-001", r#"module.net["a"].x"#));
        assert!(sup.expired("2027-02-01") && !sup.expired("2027-01-31"));
    }

    #[test]
    fn today_is_a_date() {
        let t = today();
        assert_eq!(t.len(), 10);
        assert!(t.as_str() > "2024-01-01");
    }

    #[test]
    fn the_template_parses() {
        assert!(parse(TEMPLATE).is_ok());
        let uncommented: String = TEMPLATE
            .lines()
            .map(|l| {
                l.strip_prefix("# ")
                    .filter(|x| x.starts_with('[') || x.contains(" = "))
                    .unwrap_or("")
            })
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            parse(&uncommented).is_ok(),
            "{:?}",
            parse(&uncommented).err()
        );
    }

    #[test]
    fn unknown_keys_and_bad_values_are_errors_naming_them() {
        assert_eq!(err("color = true"), "unknown key `color`");
        assert_eq!(
            err("[rules.AWS-NOPE-001]\nenabled = true"),
            "unknown rule or rule family `rules.AWS-NOPE-001`"
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
