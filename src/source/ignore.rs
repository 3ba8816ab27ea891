//! Inline suppressions, the way Checkov (`#checkov:skip=`) and Trivy (`#trivy:ignore:`) users
//! write them: `# tfaudit:ignore AWS-S3-001 reason: accepted by security, exp:2026-12-31`
//! on the line of a resource block or of one of its attributes, or in the comment lines just
//! above it. Same semantics as `[[suppress]]`: an ID, a family (`AWS-S3`) or `*`; a reason; an
//! optional expiry after which the finding is back and the suppression itself is a finding.

use super::skel::Item;
use super::{block_key, blocks, File, Location};

/// One inline suppression, where it is written and what it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inline {
    /// Rule IDs, families or `*`.
    pub rules: Vec<String>,
    pub reason: String,
    pub expires: Option<String>,
    /// Module path (`module.a`) and block key (`aws_s3_bucket.logs`) it is on.
    pub module: String,
    pub block: String,
    /// The attribute it is on (`versioning`), or None for the whole block.
    pub attr: Option<String>,
    pub at: Location,
}

/// A directive that cannot be read: `file:line: why`.
pub type Malformed = String;

impl Inline {
    /// Whether it covers a finding of `rule` on the block `(module, block)` and `attribute`.
    pub fn matches(&self, rule: &str, source: Option<&(String, String)>, attribute: &str) -> bool {
        let Some((module, block)) = source else {
            return false;
        };
        *module == self.module
            && *block == self.block
            && self
                .rules
                .iter()
                .any(|p| crate::policy::config::rule_matches(p, rule))
            && self.attr.as_ref().is_none_or(|a| {
                attribute == a
                    || attribute
                        .strip_prefix(a.as_str())
                        .is_some_and(|r| r.starts_with('.'))
            })
    }

    pub fn expired(&self, today: &str) -> bool {
        self.expires.as_deref().is_some_and(|d| d < today)
    }

    /// `AWS-S3-001 on aws_s3_bucket.logs`, for messages (their address is the comment's line).
    pub fn describe(&self) -> String {
        let on = match &self.attr {
            Some(a) => format!("{}.{a}", self.block),
            None => self.block.clone(),
        };
        let on = if self.module.is_empty() {
            on
        } else {
            format!("{}.{on}", self.module)
        };
        format!("{} on {on}", self.rules.join(","))
    }
}

/// The inline suppressions of one file, on module `""` (each call of the module gets its own
/// copy, [`Inline::module`] set), and the directives that cannot be read.
pub(super) fn in_file(f: &File, items: &[Item]) -> (Vec<Inline>, Vec<Malformed>) {
    let mut out = Vec::new();
    let mut bad = Vec::new();
    if !f.text.contains("tfaudit:ignore") {
        return (out, bad);
    }
    for b in blocks(items) {
        let Some(key) = block_key(f, b) else { continue };
        if !key.contains('.') || key.starts_with("var.") || key.starts_with("provider.") {
            continue;
        }
        let line = f.line_of(b.start);
        for d in directives(f, line, &mut bad) {
            out.push(d.on("", &key, None, f));
        }
        attrs(f, "", &key, &b.items, &mut out, &mut bad);
    }
    (out, bad)
}

/// Directives on the top-level attributes and nested blocks of a resource.
fn attrs(
    f: &File,
    module: &str,
    key: &str,
    items: &[Item],
    out: &mut Vec<Inline>,
    bad: &mut Vec<Malformed>,
) {
    for i in items {
        for d in directives(f, f.line_of(i.start()), bad) {
            out.push(d.on(module, key, Some(i.name().to_string()), f));
        }
    }
}

struct Directive {
    rules: Vec<String>,
    reason: String,
    expires: Option<String>,
    line: usize,
}

impl Directive {
    fn on(self, module: &str, block: &str, attr: Option<String>, f: &File) -> Inline {
        Inline {
            rules: self.rules,
            reason: self.reason,
            expires: self.expires,
            module: module.to_string(),
            block: block.to_string(),
            attr,
            at: Location {
                file: f.shown.clone(),
                line: self.line,
            },
        }
    }
}

/// The directives on line `line` (a trailing comment) and in the comment lines just above it.
fn directives(f: &File, line: usize, bad: &mut Vec<Malformed>) -> Vec<Directive> {
    let mut out = Vec::new();
    let mut read = |text: &str, n: usize| {
        if let Some(at) = text.find("tfaudit:ignore") {
            match parse(&text[at + "tfaudit:ignore".len()..]) {
                Ok((rules, reason, expires)) => out.push(Directive {
                    rules,
                    reason,
                    expires,
                    line: n,
                }),
                Err(why) => bad.push(format!("{}:{n}: tfaudit:ignore: {why}", f.shown)),
            }
        }
    };
    let own = f.line(line);
    if let Some(c) = comment_start(own) {
        read(&own[c..], line);
    }
    let mut n = line;
    while n > 1 {
        n -= 1;
        let t = f.line(n).trim_start();
        if !(t.starts_with('#') || t.starts_with("//")) {
            break;
        }
        read(t, n);
    }
    out
}

/// Where a trailing `#` or `//` comment starts, outside strings.
fn comment_start(line: &str) -> Option<usize> {
    let mut in_str = false;
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_str => i += 1,
            b'"' => in_str = !in_str,
            b'#' if !in_str => return Some(i),
            b'/' if !in_str && bytes.get(i + 1) == Some(&b'/') => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// ` AWS-S3-001,AWS-S3-002 reason: why exp:2026-12-31` → rules, reason, expiry.
fn parse(rest: &str) -> Result<(Vec<String>, String, Option<String>), String> {
    let rest = rest.trim_start_matches([':', '=']).trim();
    let (ids, mut tail) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let rules: Vec<String> = ids
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let well_formed = |r: &String| {
        r == "*"
            || (r.contains('-')
                && r.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-'))
    };
    if rules.is_empty() || !rules.iter().all(well_formed) {
        return Err(format!("`{ids}` is not a rule ID, a family (AWS-S3) or *"));
    }
    // `expires:2020-01-01` read as part of the reason would never expire.
    if !tail.contains("exp:") {
        let dated = tail.split_whitespace().find(|w| {
            w.split_once(':').is_some_and(|(key, date)| {
                let d = date.as_bytes();
                !key.is_empty()
                    && key.bytes().all(|b| b.is_ascii_alphabetic())
                    && d.len() >= 10
                    && d[..10].iter().enumerate().all(|(i, b)| {
                        if i == 4 || i == 7 {
                            *b == b'-'
                        } else {
                            b.is_ascii_digit()
                        }
                    })
            })
        });
        if let Some(w) = dated {
            return Err(format!(
                "`{w}` is not read: an expiry is written exp:YYYY-MM-DD"
            ));
        }
    }
    let mut expires = None;
    if let Some(at) = tail.find("exp:") {
        let date: String = tail[at + 4..].chars().take(10).collect();
        let valid = date.len() == 10
            && date.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        if !valid {
            return Err(format!("exp:{date} is not a date (YYYY-MM-DD)"));
        }
        expires = Some(date);
        let before = tail[..at].trim_end().trim_end_matches(',');
        tail = before;
    }
    let reason = tail
        .trim()
        .strip_prefix("reason:")
        .unwrap_or(tail.trim())
        .trim()
        .to_string();
    if reason.is_empty() {
        return Err("a reason is required (`reason: why`)".into());
    }
    Ok((rules, reason, expires))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_parse() {
        assert_eq!(
            parse(" AWS-S3-001 reason: public website, exp:2026-12-31").unwrap(),
            (
                vec!["AWS-S3-001".to_string()],
                "public website".to_string(),
                Some("2026-12-31".to_string())
            )
        );
        assert_eq!(
            parse(" AWS-S3-001,AWS-S3 reason: logs bucket").unwrap().0,
            vec!["AWS-S3-001".to_string(), "AWS-S3".to_string()]
        );
        assert!(parse(" AWS-S3-001").is_err());
        assert!(parse(" lowercase reason: x").is_err());
        assert!(parse(" AWS-S3-001 reason: x exp:2026-13").is_err());
        // Another word for the expiry would never expire: not applied, and said.
        assert!(parse(" AWS-S3-001 reason: expired expires:2020-01-01").is_err());
        assert!(parse(" AWS-S3-001 reason: until 2020-01-01 per ticket").is_ok());
        assert!(parse(" AWS-S3-001 reason: see ticket:1234-ABCD-EF").is_ok());
    }

    #[test]
    fn trailing_comments_outside_strings() {
        assert_eq!(comment_start(r#"acl = "a#b" # tfaudit:ignore"#), Some(12));
        assert_eq!(comment_start(r#"x = "//" // c"#), Some(9));
        assert_eq!(comment_start(r#"x = 1"#), None);
    }
}
