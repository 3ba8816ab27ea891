use crate::model::{Eff, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};
use std::collections::BTreeMap;

declare_rule! {
    /// ## What it checks
    /// Each IAM user has at most one active `aws_iam_access_key` in the plan. A key is active
    /// unless `status = "Inactive"` (unset: `Active`). Keys are grouped by their `user`: the
    /// user's name when known, else the `aws_iam_user` it references. Every key of a user with
    /// two or more active keys fails; a key whose user or status is known only at apply gives
    /// Unknown when it could make a second active key. Keys created outside this plan are not
    /// seen.
    ///
    /// ## Why it matters
    /// A second active key is a second long-lived secret to leak, usually a rotation left
    /// half done; AWS recommends one active key at most, and rotating through the inactive
    /// slot (CIS 1.13).
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_access_key" "old" { user = aws_iam_user.ci.name }
    /// resource "aws_iam_access_key" "new" { user = aws_iam_user.ci.name }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_iam_access_key" "old" {
    ///   user   = aws_iam_user.ci.name
    ///   status = "Inactive"
    /// }
    /// ```
    /// then remove it once nothing uses it.
    pub struct SeveralActiveKeys {
        id: "AWS-IAM-015",
        slug: "user-with-several-active-keys",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "User has more than one active access key",
        types: ["aws_iam_access_key"],
        default_enabled: true,
        covers: [Cis "1.13", Trivy "AVD-AWS-0167", Kics "iam_user_too_many_access_keys"],
    }
}

/// Whether a key is active: Ok(true/false), or Err with why it is unknown.
type Activity = Result<bool, String>;

fn active(cx: &Cx, r: &crate::model::Resource) -> Activity {
    match cx.stack.eff(r, "status") {
        Eff::NotSet | Eff::Known(Val::Null) => Ok(true),
        Eff::Known(v) => Ok(v.as_str() != Some("Inactive")),
        e => Err(format!("status is {}", unknown_reason(&e))),
    }
}

impl Rule for SeveralActiveKeys {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        // Per user: (key, active?) ; keys whose user cannot be told.
        let mut by_user: BTreeMap<String, Vec<(usize, Activity)>> = BTreeMap::new();
        let mut lost = Vec::new();
        for (id, r) in cx.live("aws_iam_access_key") {
            let user = match stack.eff(r, "user") {
                Eff::Known(v) => v.as_str().map(|s| format!("user {s:?}")),
                Eff::FromResources { ids, reference } => Some(
                    ids.first()
                        .map_or(reference, |&u| cx.address(u).to_string()),
                ),
                _ => None,
            };
            match user {
                Some(u) => by_user.entry(u).or_default().push((id, active(cx, r))),
                None => lost.push(id),
            }
        }
        let lost_active = lost
            .iter()
            .any(|&id| active(cx, &stack.resources[id]) != Ok(false));
        for (user, keys) in by_user {
            let sure = keys.iter().filter(|(_, a)| *a == Ok(true)).count();
            let maybe = keys.iter().filter(|(_, a)| a.is_err()).count();
            let (status, msg) = if sure >= 2 {
                (
                    Status::Fail,
                    format!("{user} has {sure} active access keys in this plan"),
                )
            } else if sure + maybe >= 2 || (sure + maybe >= 1 && lost_active) {
                (
                    Status::Unknown,
                    format!("{user} may have more than one active access key: a key's status or user is known only at apply"),
                )
            } else {
                (
                    Status::Pass,
                    format!("{user} has at most one active access key in this plan"),
                )
            };
            for (id, _) in &keys {
                let r = &stack.resources[*id];
                cx.report(r, "status", status, msg.clone());
            }
        }
        for id in lost {
            let r = &stack.resources[id];
            let e = stack.eff(r, "user");
            cx.report(
                r,
                "user",
                Status::Unknown,
                format!("user is {}", unknown_reason(&e)),
            );
        }
    }
}
