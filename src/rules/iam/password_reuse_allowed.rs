use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_iam_account_password_policy` has `password_reuse_prevention` of at least 24 (the
    /// maximum IAM accepts, CIS). Unset, IAM prevents no reuse: it fails. A value known only at
    /// apply gives Unknown.
    ///
    /// ## Why it matters
    /// Users forced to rotate a leaked password can otherwise set it back at once, or cycle
    /// through a few known passwords.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_account_password_policy" "this" {
    ///   password_reuse_prevention = 5
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_iam_account_password_policy" "this" {
    ///   password_reuse_prevention = 24
    /// }
    /// ```
    pub struct PasswordReuseAllowed {
        id: "AWS-IAM-008",
        slug: "password-policy-allows-reuse",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "Password policy remembers fewer than 24 passwords",
        types: ["aws_iam_account_password_policy"],
        default_enabled: true,
        covers: [Fsbp "IAM.7", Cis "1.9", Checkov "CKV_AWS_13", Trivy "AVD-AWS-0056", Kics "password_without_reuse_prevention"],
        check: Spec::all(&[attr("password_reuse_prevention", AtLeast(24.0)).risk("old passwords can be reused")]),
    }
}
