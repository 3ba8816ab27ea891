//! Custom rules from tfaudit.toml: a JSONPath (jsonpath-rust) evaluated on each resource's
//! values, and a condition on what it selects. Unknown values give Unknown, as for built-in
//! rules; values marked sensitive are never put in messages.

use crate::rules::{Cx, Rule, RuleMeta, Severity, Status};
use jsonpath_rust::JsonPath;
use serde_json::Value;

#[derive(Debug, Clone)]
pub enum Condition {
    Exists,
    Absent,
    Equals(Value),
    NotEquals(Value),
    Matches(regex::Regex),
    In(Vec<Value>),
    NotIn(Vec<Value>),
}

/// What a `[[custom]]` table declares.
pub struct Spec {
    pub id: String,
    pub severity: Severity,
    pub title: String,
    pub types: Vec<String>,
    pub path: String,
    pub condition: Condition,
    /// The condition as written, for the documentation.
    pub shown: String,
}

pub struct CustomRule {
    pub meta: &'static RuleMeta,
    pub path: String,
    pub condition: Condition,
}

impl CustomRule {
    /// Build a custom rule; the metadata lives for the whole run, like built-in rules'.
    pub fn new(spec: Spec) -> CustomRule {
        let Spec {
            id,
            severity,
            title,
            types,
            path,
            condition,
            shown,
        } = spec;
        let doc = format!(
            " ## What it checks\n `{path}` {shown}, on {}.\n\n ## Why it matters\n A requirement of this organisation, declared in tfaudit.toml.\n\n ## Example\n A resource where `{path}` does not satisfy the condition.\n\n ## Fix\n Change the resource so that it does, or the rule in tfaudit.toml.\n",
            types.join(", ")
        );
        let types: &'static [&'static str] = Box::leak(
            types
                .into_iter()
                .map(|t| &*Box::leak(t.into_boxed_str()))
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        );
        let meta = Box::leak(Box::new(RuleMeta {
            id: Box::leak(id.into_boxed_str()),
            slug: "custom-rule",
            service: "custom",
            category: "custom",
            severity,
            title: Box::leak(title.into_boxed_str()),
            types,
            default_enabled: true,
            presence: false,
            params: &[],
            covers: &[],
            doc: Box::leak(doc.into_boxed_str()),
        }));
        CustomRule {
            meta,
            path,
            condition,
        }
    }
}

/// The top-level attribute a path starts with (`$.engine` → `engine`, `$['a']` → `a`).
fn top_attribute(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("$.").or_else(|| {
        path.strip_prefix("$['")
            .map(|r| r.split('\'').next().unwrap_or(""))
    })?;
    Some(rest.split(['.', '[']).next().unwrap_or(rest))
}

fn judge(condition: &Condition, found: &[&Value]) -> bool {
    let present: Vec<&&Value> = found.iter().filter(|v| !v.is_null()).collect();
    match condition {
        Condition::Exists => !present.is_empty(),
        Condition::Absent => present.is_empty(),
        Condition::Equals(want) => !found.is_empty() && found.iter().all(|v| *v == want),
        Condition::NotEquals(want) => found.iter().all(|v| *v != want),
        Condition::Matches(re) => {
            !found.is_empty()
                && found
                    .iter()
                    .all(|v| v.as_str().is_some_and(|s| re.is_match(s)))
        }
        Condition::In(list) => !found.is_empty() && found.iter().all(|v| list.contains(v)),
        Condition::NotIn(list) => found.iter().all(|v| !list.contains(v)),
    }
}

impl Rule for CustomRule {
    fn meta(&self) -> &'static RuleMeta {
        self.meta
    }

    fn check(&self, cx: &mut Cx) {
        let top = top_attribute(&self.path);
        for t in self.meta.types {
            for (_, r) in cx.live(t) {
                let Ok(values) = serde_json::from_str::<Value>(&r.values.to_json()) else {
                    continue;
                };
                let found: Vec<&Value> = values.query(&self.path).unwrap_or_default();
                let unknown = top.is_some_and(|a| cx.stack.is_unknown(r, a));
                let sensitive = top.is_some_and(|a| cx.stack.is_sensitive(r, a));
                let shown = if sensitive {
                    crate::model::value::SENSITIVE.to_string()
                } else {
                    found
                        .iter()
                        .map(|v| v.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let (status, msg) = if judge(&self.condition, &found) {
                    (
                        Status::Pass,
                        format!("{} satisfies the condition", self.path),
                    )
                } else if unknown {
                    (
                        Status::Unknown,
                        format!("{} is unknown until apply", self.path),
                    )
                } else if found.is_empty() {
                    (Status::Fail, format!("{} selects nothing", self.path))
                } else {
                    (Status::Fail, format!("{} is {shown}", self.path))
                };
                cx.report(r, top.unwrap_or(""), status, msg);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn conditions() {
        let a = json!("postgres");
        let b = json!(null);
        assert!(judge(&Condition::Equals(json!("postgres")), &[&a]));
        assert!(!judge(&Condition::Equals(json!("mysql")), &[&a]));
        assert!(judge(&Condition::Absent, &[&b]));
        assert!(!judge(&Condition::Exists, &[]));
        assert!(judge(
            &Condition::In(vec![json!("mysql"), json!("postgres")]),
            &[&a]
        ));
        assert!(judge(&Condition::NotIn(vec![json!("mysql")]), &[&a]));
        assert!(judge(
            &Condition::Matches(regex::Regex::new("^post").unwrap()),
            &[&a]
        ));
        assert_eq!(top_attribute("$.tags.Owner"), Some("tags"));
        assert_eq!(top_attribute("$['engine']"), Some("engine"));
    }
}
