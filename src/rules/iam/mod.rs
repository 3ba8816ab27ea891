pub mod malformed_arn;
pub mod no_mfa_policy;
pub mod service_wildcard;
pub mod trust_lacks_principal;
pub mod wildcard_resource;

use crate::load::json::Val;
use crate::model::{Mode, Resource};
use crate::rules::{policy_doc, Cx, Status};

/// Identity policies: attached to roles, users and groups.
pub const IDENTITY: &[(&str, &str)] = &[
    ("aws_iam_policy", "policy"),
    ("aws_iam_role_policy", "policy"),
    ("aws_iam_user_policy", "policy"),
    ("aws_iam_group_policy", "policy"),
];

/// A policy document to judge: where it is, and its text (None: not set; Err: unknown).
pub struct Doc<'s, 'p> {
    pub res: &'s Resource<'p>,
    pub attr: &'static str,
    pub text: Result<Option<String>, String>,
}

/// The documents of `consumers` (type, attribute) — their text read from the attribute or from
/// the `aws_iam_policy_document` it references — plus the known documents no consumer uses
/// (a document used by a consumer is judged there, once). A document unknown at plan time is
/// judged through its consumers only: alone, nothing says what it is for.
pub fn documents<'s, 'p>(
    cx: &Cx<'s, 'p>,
    consumers: &[(&'static str, &'static str)],
) -> Vec<Doc<'s, 'p>> {
    let mut out = Vec::new();
    for &(t, a) in consumers {
        for (_, r) in cx.live(t) {
            out.push(Doc {
                res: r,
                attr: a,
                text: policy_doc::text(cx.stack, r, a),
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
            text: Ok(Some(json.to_string())),
        });
    }
    out
}

/// Judge each document with `judge` (statements → verdict); unknown text is Unknown, a text
/// that is not a JSON policy is not judged.
pub fn judge_documents(
    cx: &mut Cx,
    consumers: &[(&'static str, &'static str)],
    judge: impl Fn(&[policy_doc::Statement]) -> (Status, String),
) {
    for doc in documents(cx, consumers) {
        let (status, msg) = match &doc.text {
            Err(why) => (Status::Unknown, format!("the policy is {why}")),
            Ok(None) => continue,
            Ok(Some(text)) => match policy_doc::parse(text) {
                Some(st) => judge(&st),
                None => continue,
            },
        };
        cx.report(doc.res, doc.attr, status, msg);
    }
}
