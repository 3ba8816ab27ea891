//! Terraform addresses and reference strings: `module.a["k"].aws_x.y[0].attr`.

use std::fmt;

/// A `count` or `for_each` instance key.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    Int(i64),
    Str(String),
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Key::Int(i) => write!(f, "[{i}]"),
            Key::Str(s) => write!(f, "[{}]", serde_json::to_string(s).unwrap_or_default()),
        }
    }
}

/// One step of a module instance path: `module.NAME[KEY]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ModStep {
    pub name: String,
    pub key: Option<Key>,
}

pub fn module_address(path: &[ModStep]) -> String {
    let mut out = String::new();
    for (i, s) in path.iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        out.push_str("module.");
        out.push_str(&s.name);
        if let Some(k) = &s.key {
            out.push_str(&k.to_string());
        }
    }
    out
}

/// The configuration path of a module instance path: keys dropped.
pub fn module_config_path(path: &[ModStep]) -> String {
    path.iter()
        .map(|s| format!("module.{}", s.name))
        .collect::<Vec<_>>()
        .join(".")
}

/// One step of a traversal.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Name(String),
    Index(Key),
}

/// Split `a.b["k"][0].c` into steps; None when it is not a plain traversal.
pub fn traversal(s: &str) -> Option<Vec<Step>> {
    let mut steps = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'.' if !steps.is_empty() => i += 1,
            b'[' => {
                i += 1;
                if b.get(i) == Some(&b'"') {
                    i += 1;
                    let mut key = String::new();
                    let rest = &s[i..];
                    let mut chars = rest.char_indices();
                    let mut end = None;
                    while let Some((j, c)) = chars.next() {
                        match c {
                            '\\' => {
                                if let Some((_, n)) = chars.next() {
                                    key.push(n);
                                }
                            }
                            '"' => {
                                end = Some(j);
                                break;
                            }
                            _ => key.push(c),
                        }
                    }
                    i += end? + 1;
                    if b.get(i) != Some(&b']') {
                        return None;
                    }
                    i += 1;
                    steps.push(Step::Index(Key::Str(key)));
                } else {
                    let start = i;
                    while i < b.len() && b[i] != b']' {
                        i += 1;
                    }
                    let n: i64 = s[start..i].trim().parse().ok()?;
                    i += 1;
                    steps.push(Step::Index(Key::Int(n)));
                }
            }
            _ => {
                let start = i;
                while i < b.len() && b[i] != b'.' && b[i] != b'[' {
                    i += 1;
                }
                if start == i {
                    return None;
                }
                steps.push(Step::Name(s[start..i].to_string()));
            }
        }
    }
    Some(steps)
}

/// Parse a module address such as `module.a["x"].module.b[0]`.
pub fn parse_module_address(s: &str) -> Option<Vec<ModStep>> {
    let mut out: Vec<ModStep> = Vec::new();
    let steps = traversal(s)?;
    let mut it = steps.into_iter().peekable();
    while let Some(step) = it.next() {
        match (step, it.next()) {
            (Step::Name(m), Some(Step::Name(name))) if m == "module" => {
                let key = match it.peek() {
                    Some(Step::Index(_)) => match it.next() {
                        Some(Step::Index(k)) => Some(k),
                        _ => None,
                    },
                    _ => None,
                };
                out.push(ModStep { name, key });
            }
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_module_addresses_with_keys() {
        let p = parse_module_address(r#"module.a["x.y"].module.b[2]"#).unwrap();
        assert_eq!(p[0].name, "a");
        assert_eq!(p[0].key, Some(Key::Str("x.y".into())));
        assert_eq!(p[1].key, Some(Key::Int(2)));
        assert_eq!(module_address(&p), r#"module.a["x.y"].module.b[2]"#);
        assert_eq!(module_config_path(&p), "module.a.module.b");
        assert!(parse_module_address("module").is_none());
        assert!(parse_module_address("").unwrap().is_empty());
    }

    #[test]
    fn splits_traversals() {
        assert_eq!(
            traversal(r#"aws_subnet.s["a\"b"].id"#).unwrap(),
            vec![
                Step::Name("aws_subnet".into()),
                Step::Name("s".into()),
                Step::Index(Key::Str("a\"b".into())),
                Step::Name("id".into())
            ]
        );
        assert!(traversal("a[").is_none());
        assert!(traversal(r#"a["x"#).is_none());
    }
}
