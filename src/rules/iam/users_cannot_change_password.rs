use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_iam_account_password_policy` has `allow_users_to_change_password = true`. Unset, the
    /// AWS provider sends `true` (its schema default; the IAM API's own default is `false`): it
    /// passes. A value known only at apply gives Unknown. Off by default (medium): it runs under
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// Users who cannot change their own password cannot rotate it after a suspected leak, and
    /// an administrator ends up handling (and knowing) everyone's passwords.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_account_password_policy" "this" {
    ///   minimum_password_length        = 14
    ///   allow_users_to_change_password = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_iam_account_password_policy" "this" {
    ///   minimum_password_length        = 14
    ///   allow_users_to_change_password = true
    /// }
    /// ```
    pub struct UsersCannotChangePassword {
        id: "AWS-IAM-016",
        slug: "password-policy-users-cannot-change",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "Password policy does not let users change their password",
        types: ["aws_iam_account_password_policy"],
        default_enabled: false,
        covers: [Kics "aws_password_policy_with_unchangeable_passwords"],
        check: Spec::all(&[attr("allow_users_to_change_password", Is(Bool(true)))
            .default(Bool(true))
            .risk("users cannot rotate their own password")]),
    }
}
