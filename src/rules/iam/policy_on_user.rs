use crate::model::{Eff, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// No policy is attached directly to an IAM user: every `aws_iam_user_policy` (inline) and
    /// `aws_iam_user_policy_attachment` fails, and so does an `aws_iam_policy_attachment`
    /// whose `users` names a user (one with only roles and groups, or `users = [""]`, passes). A `users` list
    /// known only at apply from something other than the plan's users gives Unknown.
    ///
    /// ## Why it matters
    /// Permissions granted user by user drift apart and are forgotten when people change
    /// roles; granted through groups (or roles), they are reviewed and revoked in one place
    /// (CIS 1.15).
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_user_policy_attachment" "alice_readonly" {
    ///   user       = aws_iam_user.alice.name
    ///   policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_iam_group_policy_attachment" "readers" {
    ///   group      = aws_iam_group.readers.name
    ///   policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
    /// }
    /// resource "aws_iam_user_group_membership" "alice" {
    ///   user   = aws_iam_user.alice.name
    ///   groups = [aws_iam_group.readers.name]
    /// }
    /// ```
    pub struct PolicyOnUser {
        id: "AWS-IAM-013",
        slug: "policy-attached-to-user",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "Policy attached directly to a user",
        types: ["aws_iam_user_policy", "aws_iam_user_policy_attachment", "aws_iam_policy_attachment"],
        default_enabled: true,
        covers: [Fsbp "IAM.2", Cis "1.15", Checkov "CKV_AWS_40", Trivy "AVD-AWS-0143", Kics "iam_policies_attached_to_user"],
    }
}

impl Rule for PolicyOnUser {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        for (t, what) in [
            ("aws_iam_user_policy", "an inline policy of a user"),
            (
                "aws_iam_user_policy_attachment",
                "a managed policy attached to a user",
            ),
        ] {
            for (_, r) in cx.live(t) {
                cx.report(
                    r,
                    "user",
                    Status::Fail,
                    format!("{what}: grant it to a group or role instead"),
                );
            }
        }
        for (_, r) in cx.live("aws_iam_policy_attachment") {
            let (status, msg) = match stack.eff(r, "users") {
                Eff::NotSet | Eff::Known(Val::Null) => {
                    (Status::Pass, "attached to no user".to_string())
                }
                // `users = [""]` names no user either.
                Eff::Known(v) if v.strings().iter().all(|u| u.is_empty()) => {
                    (Status::Pass, "attached to no user".to_string())
                }
                Eff::Known(v) => (
                    Status::Fail,
                    format!(
                        "attached to users {}: grant it to a group or role instead",
                        stack.show(r, "users", v)
                    ),
                ),
                Eff::FromResources { ids, reference }
                    if ids
                        .iter()
                        .any(|&i| stack.resources[i].rtype == "aws_iam_user") =>
                {
                    (
                        Status::Fail,
                        format!(
                            "attached to users from {reference}: grant it to a group or role instead"
                        ),
                    )
                }
                Eff::FromResources { reference, .. } => (
                    Status::Unknown,
                    format!("users is known only at apply: it comes from {reference}, not from a user of the plan"),
                ),
                e => (Status::Unknown, format!("users is {}", unknown_reason(&e))),
            };
            cx.report(r, "users", status, msg);
        }
    }
}
