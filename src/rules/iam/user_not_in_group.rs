use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Every `aws_iam_user` is a member of a group: some `aws_iam_user_group_membership`
    /// (`user`) or `aws_iam_group_membership` (`users`) of the plan names it. None fails; a
    /// membership whose user cannot be followed (a name known only at apply, not a reference)
    /// gives Unknown. Memberships made outside the plan are not seen. Off by default (medium):
    /// it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Permissions granted user by user drift and are hard to review or revoke; groups give
    /// every user of a role the same, reviewable set.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_user" "alice" {
    ///   name = "alice"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_iam_user_group_membership" "alice" {
    ///   user   = aws_iam_user.alice.name
    ///   groups = [aws_iam_group.developers.name]
    /// }
    /// ```
    pub struct UserNotInGroup {
        id: "AWS-IAM-027",
        slug: "iam-user-not-in-group",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "IAM user is not a member of any group",
        types: ["aws_iam_user"],
        default_enabled: false,
        covers: [Checkov "CKV2_AWS_21"],
    }
}

impl Rule for UserNotInGroup {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_iam_user") {
            let (status, msg) = cx.partner_verdict(
                id,
                &[
                    ("aws_iam_user_group_membership", "user"),
                    ("aws_iam_group_membership", "users"),
                ],
                "member through",
                "no group membership names this user",
            );
            cx.report(r, "name", status, msg);
        }
    }
}
