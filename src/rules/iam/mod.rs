pub mod access_key_secret_in_state;
pub mod admin_policy_attached;
pub mod cloudshell_full_access;
pub mod credential_exposure;
pub mod data_exfiltration;
pub mod github_oidc_unrestricted;
pub mod lambda_role_privileged;
pub mod malformed_arn;
pub mod no_mfa_policy;
pub mod notebook_role_privileged;
pub mod password_never_expires;
pub mod password_not_complex;
pub mod password_reuse_allowed;
pub mod password_too_short;
pub mod permissions_management;
pub mod policy_document_any_principal;
pub mod policy_on_user;
pub mod privilege_escalation;
pub mod service_wildcard;
pub mod several_active_keys;
pub mod trust_any_principal;
pub mod trust_lacks_principal;
pub mod user_console_access;
pub mod user_defined;
pub mod user_not_in_group;
pub mod users_cannot_change_password;
pub mod wildcard_resource;

use crate::model::Val;
use crate::model::{Mode, ResId, Resource};
use crate::rules::policy_doc::{self, Statement};
use crate::rules::{Cx, Status};
use std::sync::Arc;

/// Identity policies: attached to roles, users and groups. `*` stands for each nested block.
pub const IDENTITY: &[(&str, &str)] = &[
    ("aws_iam_policy", "policy"),
    ("aws_iam_role_policy", "policy"),
    ("aws_iam_user_policy", "policy"),
    ("aws_iam_group_policy", "policy"),
    ("aws_iam_role", "inline_policy.*.policy"),
];

/// A policy document to judge: where it is, and its statements (None: not set or not a JSON
/// policy; Err: unknown, with why). Statements may mark fields still unknown.
pub struct Doc<'s, 'p> {
    pub res: &'s Resource<'p>,
    pub attr: String,
    pub statements: Arc<Result<Option<Vec<Statement>>, String>>,
    /// The document data source the statements come from, when not the attribute's own text.
    pub source: Option<String>,
    /// A document data source no consumer uses: its id.
    pub standalone: Option<ResId>,
}

/// The attribute paths of `attr` on `r`: `inline_policy.*.policy` gives one per block, counted
/// from the plan, or from the configuration while the plan marks the whole list unknown (a
/// list the configuration does not set is AWS's, not the user's: none).
fn paths(cx: &Cx, r: &Resource, attr: &str) -> Vec<String> {
    let Some((list, rest)) = attr.split_once(".*.") else {
        return vec![attr.to_string()];
    };
    let n = if cx.stack.is_unknown(r, list) {
        cx.stack
            .expr_at(r, list)
            .and_then(Val::as_array)
            .map_or(0, <[Val]>::len)
    } else {
        crate::model::value::count(r.values, list)
    };
    (0..n).map(|i| format!("{list}.{i}.{rest}")).collect()
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
            for path in paths(cx, r, a) {
                // Some 20 rules read the same documents.
                let source = cx.stack.shared("policy document source", r, &path, || {
                    match cx.stack.eff(r, &path) {
                        crate::model::Eff::FromResources { reference, .. } => Some(reference),
                        _ => None,
                    }
                });
                out.push(Doc {
                    res: r,
                    statements: policy_doc::statements(cx.stack, r, &path),
                    attr: path,
                    source: (*source).clone(),
                    standalone: None,
                });
            }
        }
    }
    for (id, d) in cx.stack.of_type("aws_iam_policy_document") {
        if d.mode != Mode::Data || d.is_deleted() {
            continue;
        }
        let Some(json) = d.values.get("json").and_then(Val::as_str) else {
            continue;
        };
        // Edges name the top-level attribute: `inline_policy`, not `inline_policy.0.policy`.
        if consumers.iter().any(|&(t, a)| {
            let top = a.split('.').next().unwrap_or(a);
            !cx.partners(id, t, top).found.is_empty()
        }) {
            continue;
        }
        out.push(Doc {
            res: d,
            attr: "json".to_string(),
            statements: cx
                .stack
                .shared("policy text", d, "json", || Ok(policy_doc::parse(json))),
            source: None,
            standalone: Some(id),
        });
    }
    out
}

/// The identity policies: [`IDENTITY`]'s documents, and the documents no consumer uses unless
/// they are another kind of policy — one that names a principal (a key, bucket, topic, queue
/// or trust policy; identity policies cannot), or one another resource uses (a `aws_kms_key`'s
/// `policy`, a bucket policy, a document merged into another).
pub fn identity_documents<'s, 'p>(cx: &Cx<'s, 'p>) -> Vec<Doc<'s, 'p>> {
    documents(cx, IDENTITY)
        .into_iter()
        .filter(|d| match d.standalone {
            None => true,
            Some(id) => {
                let principals = matches!(&*d.statements, Ok(Some(st))
                    if st.iter().any(|s| !s.principals.is_empty()));
                !principals && cx.stack.edges_to(id).next().is_none()
            }
        })
        .collect()
}

/// Judge each document with `judge` (statements → verdict); an unknown policy is Unknown, a
/// text that is not a JSON policy is not judged. A resource with several documents (a role's
/// `inline_policy` blocks) gets one result: the worst (Fail, then Unknown, then Pass).
pub fn judge_documents(
    cx: &mut Cx,
    docs: Vec<Doc>,
    judge: impl Fn(&[Statement]) -> (Status, String),
) {
    let rank = |s: Status| match s {
        Status::Fail => 2,
        Status::Unknown => 1,
        _ => 0,
    };
    let mut worst: Vec<(&Resource, String, Status, String)> = Vec::new();
    for doc in docs {
        let (status, msg) = match &*doc.statements {
            Err(why) => (Status::Unknown, format!("the policy is {why}")),
            Ok(None) => continue,
            Ok(Some(st)) => match (judge(st), &doc.source) {
                ((Status::Unknown, msg), Some(src)) => (Status::Unknown, format!("{msg} ({src})")),
                (v, _) => v,
            },
        };
        // A resource's documents come one after another.
        match worst.last_mut().filter(|w| std::ptr::eq(w.0, doc.res)) {
            Some(w) if rank(status) > rank(w.2) => *w = (doc.res, doc.attr, status, msg),
            Some(_) => {}
            None => worst.push((doc.res, doc.attr, status, msg)),
        }
    }
    for (res, attr, status, msg) in worst {
        // What a sensitive document holds is sensitive too: the verdict only.
        let msg = match status {
            Status::Fail if cx.stack.is_sensitive(res, &attr) => {
                "the policy fails this check (its values are sensitive)".to_string()
            }
            _ => msg,
        };
        cx.report(res, &attr, status, msg);
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

/// The actions of `candidates` (`service:Action`) that some Allow statement grants on every
/// resource — `Resource "*"`, or a `NotResource` (every resource but those listed) — by name,
/// by pattern, or by a `NotAction` that does not name them; at most `SHOWN` of them named, then
/// how many more. Also the first statement that might grant one but whose effect, actions or
/// resources are unknown until apply.
pub fn unconstrained_grants(
    statements: &[Statement],
    candidates: &[String],
) -> (Vec<String>, Option<(usize, &'static str)>) {
    const SHOWN: usize = 6;
    let glob = crate::rules::iam_actions::glob_match;
    let mut granted: Vec<String> = Vec::new();
    let mut open = None;
    for (i, s) in statements.iter().enumerate() {
        let star = s.resources.iter().any(|r| r == "*")
            || (!s.not_resources.is_empty() && !s.not_resources.iter().any(|r| r == "*"));
        let grants = |c: &String| {
            s.actions.iter().any(|p| glob(p, c))
                || (!s.not_actions.is_empty() && !s.not_actions.iter().any(|p| glob(p, c)))
        };
        let some = candidates.iter().filter(|c| grants(c));
        if s.allow && !s.is_open("effect") && star && !s.is_open("actions") {
            for c in some {
                if !granted.contains(c) {
                    granted.push(c.clone());
                }
            }
        } else if (s.allow || s.is_open("effect"))
            && (star || s.is_open("resources"))
            && (s.is_open("actions") || some.count() > 0)
        {
            let field = ["effect", "resources", "actions"]
                .into_iter()
                .find(|f| s.is_open(f))
                .unwrap_or("actions");
            open.get_or_insert((i, field));
        }
    }
    if granted.len() > SHOWN {
        let more = granted.len() - SHOWN;
        granted.truncate(SHOWN);
        granted.push(format!("and {more} more"));
    }
    (granted, open)
}

/// `names` that the Service Authorization Reference knows and that can be scoped to resources
/// (an action that takes only `"*"` cannot be constrained, so granting it on `"*"` is correct).
pub fn scopable(names: &[&str]) -> Vec<String> {
    names
        .iter()
        .filter_map(|n| crate::rules::iam_actions::lookup(n))
        .filter(|a| a.scopable)
        .map(|a| a.to_string())
        .collect()
}
