//! IAM policy documents as rules need them: statements, effects, actions and principals, from
//! JSON text where Action, Resource and Principal values may be a string or a list.

use crate::load::json::{self, Val};
use crate::model::{Eff, Mode, Resource, Stack};

pub struct Statement {
    pub allow: bool,
    pub actions: Vec<String>,
    /// `NotAction`: an Allow with it grants everything else.
    pub not_actions: Vec<String>,
    pub resources: Vec<String>,
    pub not_resources: Vec<String>,
    /// Condition operator, key and values, e.g. (`Bool`, `aws:SecureTransport`, [`false`]).
    pub conditions: Vec<(String, String, Vec<String>)>,
    /// Principal type (`Service`, `AWS`, `Federated`, or `*`) and value.
    pub principals: Vec<(String, String)>,
}

/// Parse a policy document; None when the text is not a JSON policy.
pub fn parse(text: &str) -> Option<Vec<Statement>> {
    let doc = json::parse(text).ok()?;
    let statements: Vec<&Val> = match doc.get("Statement")? {
        Val::Arr(items) => items.iter().collect(),
        s @ Val::Obj(_) => vec![s],
        _ => return None,
    };
    Some(
        statements
            .into_iter()
            .map(|s| Statement {
                allow: s.get("Effect").and_then(Val::as_str) == Some("Allow"),
                actions: strings(s, "Action"),
                not_actions: strings(s, "NotAction"),
                resources: strings(s, "Resource"),
                not_resources: strings(s, "NotResource"),
                conditions: conditions(s.get("Condition")),
                principals: match s.get("Principal") {
                    Some(Val::Str(p)) => vec![("*".to_string(), p.to_string())],
                    Some(Val::Obj(members)) => members
                        .iter()
                        .flat_map(|(k, v)| {
                            v.strings()
                                .into_iter()
                                .map(move |p| (k.to_string(), p.to_string()))
                        })
                        .collect(),
                    _ => Vec::new(),
                },
            })
            .collect(),
    )
}

fn strings(statement: &Val, key: &str) -> Vec<String> {
    statement
        .get(key)
        .map(Val::strings)
        .unwrap_or_default()
        .iter()
        .map(|a| a.to_string())
        .collect()
}

fn conditions(c: Option<&Val>) -> Vec<(String, String, Vec<String>)> {
    let mut out = Vec::new();
    for (op, keys) in c.and_then(Val::as_object).unwrap_or(&[]) {
        for (key, v) in keys.as_object().unwrap_or(&[]) {
            let values = match v {
                Val::Arr(items) => items.iter().map(scalar).collect(),
                other => vec![scalar(other)],
            };
            out.push((op.to_string(), key.to_string(), values));
        }
    }
    out
}

/// Condition values are strings, but booleans are accepted unquoted.
fn scalar(v: &Val) -> String {
    match v {
        Val::Str(s) => s.to_string(),
        Val::Bool(b) => b.to_string(),
        other => other.to_json(),
    }
}

impl Statement {
    /// Whether the statement has condition `op` on `key` (case-insensitive) with `value`.
    pub fn has_condition(&self, op: &str, key: &str, value: Option<&str>) -> bool {
        self.conditions.iter().any(|(o, k, vs)| {
            o.eq_ignore_ascii_case(op)
                && k.eq_ignore_ascii_case(key)
                && value.is_none_or(|v| vs.iter().any(|x| x.eq_ignore_ascii_case(v)))
        })
    }
}

/// Whether an IAM action pattern (`*` and `?` wildcards, case-insensitive) matches `action`.
pub fn action_matches(pattern: &str, action: &str) -> bool {
    fn go(p: &[u8], a: &[u8]) -> bool {
        match (p.first(), a.first()) {
            (None, None) => true,
            (Some(b'*'), _) => go(&p[1..], a) || (!a.is_empty() && go(p, &a[1..])),
            (Some(b'?'), Some(_)) => go(&p[1..], &a[1..]),
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => go(&p[1..], &a[1..]),
            _ => false,
        }
    }
    go(pattern.as_bytes(), action.as_bytes())
}

/// Whether some Allow statement allows `action` (no Deny is weighed: a lower bound).
pub fn allows(statements: &[Statement], action: &str) -> bool {
    statements
        .iter()
        .any(|s| s.allow && s.actions.iter().any(|p| action_matches(p, action)))
}

/// Whether some Allow statement lets `service` assume the role (sts:AssumeRole).
pub fn trusts_service(statements: &[Statement], service: &str) -> bool {
    statements.iter().any(|s| {
        s.allow
            && s.actions
                .iter()
                .any(|a| matches!(a.as_str(), "sts:AssumeRole" | "sts:*" | "*"))
            && s.principals
                .iter()
                .any(|(kind, p)| (kind == "Service" && p == service) || p == "*")
    })
}

/// The policy text of attribute `path` of `r`: a known string, or the `json` of an
/// `aws_iam_policy_document` data source it references. Err says why it is unknown.
pub fn text<'p>(stack: &Stack<'p>, r: &Resource<'p>, path: &str) -> Result<Option<String>, String> {
    match stack.eff(r, path) {
        Eff::Known(Val::Str(s)) => Ok(Some(s.to_string())),
        Eff::Known(_) | Eff::NotSet => Ok(None),
        Eff::FromResources { ids, reference } => {
            let docs: Vec<&str> = ids
                .iter()
                .map(|&i| &stack.resources[i])
                .filter(|d| d.mode == Mode::Data && d.rtype == "aws_iam_policy_document")
                .filter_map(|d| d.values.get("json").and_then(Val::as_str))
                .collect();
            match docs.as_slice() {
                [one] => Ok(Some(one.to_string())),
                _ => Err(format!("unknown until apply: comes from {reference}")),
            }
        }
        Eff::Unresolved(why) => Err(format!("unknown until apply: {why}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_trust_with_strings_and_lists() {
        let one = r#"{"Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"Service":"vpc-flow-logs.amazonaws.com"}}}"#;
        assert!(trusts_service(
            &parse(one).unwrap(),
            "vpc-flow-logs.amazonaws.com"
        ));
        let list = r#"{"Statement":[{"Effect":"Allow","Action":["sts:AssumeRole"],"Principal":{"Service":["ec2.amazonaws.com"]}}]}"#;
        assert!(!trusts_service(
            &parse(list).unwrap(),
            "vpc-flow-logs.amazonaws.com"
        ));
        let deny = r#"{"Statement":[{"Effect":"Deny","Action":"sts:AssumeRole","Principal":{"Service":"vpc-flow-logs.amazonaws.com"}}]}"#;
        assert!(!trusts_service(
            &parse(deny).unwrap(),
            "vpc-flow-logs.amazonaws.com"
        ));
        assert!(parse("not json").is_none());
    }

    #[test]
    fn conditions_with_bools_and_lists() {
        let p = r#"{"Statement":[{"Effect":"Deny","Action":"s3:*","Condition":{"Bool":{"aws:SecureTransport":false}}},
            {"Effect":"Deny","Action":"s3:PutObject","Condition":{"StringNotEquals":{"s3:x-amz-server-side-encryption":["aws:kms"]}}}]}"#;
        let st = parse(p).unwrap();
        assert!(st[0].has_condition("bool", "aws:securetransport", Some("false")));
        assert!(st[1].has_condition("StringNotEquals", "s3:x-amz-server-side-encryption", None));
        assert!(!st[1].has_condition("Null", "s3:x-amz-server-side-encryption", None));
    }

    #[test]
    fn action_wildcards() {
        assert!(action_matches(
            "ssmmessages:*",
            "ssmmessages:CreateControlChannel"
        ));
        assert!(action_matches(
            "SSM:Update*",
            "ssm:UpdateInstanceInformation"
        ));
        assert!(action_matches("*", "s3:GetObject"));
        assert!(!action_matches("ssm:Get*", "ssm:UpdateInstanceInformation"));
        assert!(action_matches("s3:Get?bject", "s3:GetObject"));
    }
}
