pub mod malformed_arn;
pub mod no_mfa_policy;
pub mod service_wildcard;
pub mod trust_lacks_principal;
pub mod wildcard_resource;

use crate::load::json::Val;
use crate::model::{Mode, Resource};
use crate::rules::policy_doc::{self, Statement};
use crate::rules::{Cx, Status};

/// Identity policies: attached to roles, users and groups.
pub const IDENTITY: &[(&str, &str)] = &[
    ("aws_iam_policy", "policy"),
    ("aws_iam_role_policy", "policy"),
    ("aws_iam_user_policy", "policy"),
    ("aws_iam_group_policy", "policy"),
];

/// A policy document to judge: where it is, and its statements (None: not set or not a JSON
/// policy; Err: unknown, with why). Statements may mark fields still unknown.
pub struct Doc<'s, 'p> {
    pub res: &'s Resource<'p>,
    pub attr: &'static str,
    pub statements: Result<Option<Vec<Statement>>, String>,
    /// The document data source the statements come from, when not the attribute's own text.
    pub source: Option<String>,
}

/// The documents of `consumers` (type, attribute) — read from the attribute or from the
/// `aws_iam_policy_document` it references, whose statement blocks serve when its JSON is
/// unknown at plan time — plus the known documents no consumer uses
/// (a document used by a consumer is judged there, once). A document unknown at plan time is
/// judged through its consumers only: alone, nothing says what it is for.
pub fn documents<'s, 'p>(
    cx: &Cx<'s, 'p>,
    consumers: &[(&'static str, &'static str)],
) -> Vec<Doc<'s, 'p>> {
    let mut out = Vec::new();
    for &(t, a) in consumers {
        for (_, r) in cx.live(t) {
            let e = cx.stack.eff(r, a);
            let source = match &e {
                crate::model::Eff::FromResources { reference, .. } => Some(reference.clone()),
                _ => None,
            };
            out.push(Doc {
                res: r,
                attr: a,
                statements: policy_doc::statements_of(cx.stack, e),
                source,
            });
        }
    }
    for (id, d) in cx.stack.of_type("aws_iam_policy_document") {
        if d.mode != Mode::Data || d.is_deleted() {
            continue;
        }
        let Some(json) = d.values.get("json").and_then(Val::as_str) else {
            continue;
        };
        if consumers
            .iter()
            .any(|&(t, a)| !cx.partners(id, t, a).found.is_empty())
        {
            continue;
        }
        out.push(Doc {
            res: d,
            attr: "json",
            statements: Ok(policy_doc::parse(json)),
            source: None,
        });
    }
    out
}

/// Judge each document with `judge` (statements → verdict); an unknown policy is Unknown, a
/// text that is not a JSON policy is not judged.
pub fn judge_documents(
    cx: &mut Cx,
    consumers: &[(&'static str, &'static str)],
    judge: impl Fn(&[Statement]) -> (Status, String),
) {
    for doc in documents(cx, consumers) {
        let (status, msg) = match &doc.statements {
            Err(why) => (Status::Unknown, format!("the policy is {why}")),
            Ok(None) => continue,
            Ok(Some(st)) => match (judge(st), &doc.source) {
                ((Status::Unknown, msg), Some(src)) => (Status::Unknown, format!("{msg} ({src})")),
                (v, _) => v,
            },
        };
        // What a sensitive document holds is sensitive too: the verdict only.
        let msg = match status {
            Status::Fail if cx.stack.is_sensitive(doc.res, doc.attr) => {
                "the policy fails this check (its values are sensitive)".to_string()
            }
            _ => msg,
        };
        cx.report(doc.res, doc.attr, status, msg);
    }
}

/// The verdict from what was found: Fail listing `bad`, else Unknown naming the statement
/// fields still unknown, else Pass.
pub fn verdict(
    bad: Vec<String>,
    open: Option<(usize, &str)>,
    fail: &str,
    pass: &str,
) -> (Status, String) {
    if !bad.is_empty() {
        let mut bad = bad;
        bad.dedup();
        return (Status::Fail, format!("{fail}{}", bad.join(", ")));
    }
    match open {
        Some((i, field)) => (
            Status::Unknown,
            format!("the {field} of statement {} are unknown until apply", i + 1),
        ),
        None => (Status::Pass, pass.to_string()),
    }
}
