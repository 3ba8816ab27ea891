use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_iam_account_password_policy` has `minimum_password_length` of at least 14 (CIS).
    /// Unset, the AWS provider sends its default, 6, which fails. A length known only at
    /// apply gives Unknown.
    ///
    /// ## Why it matters
    /// Short passwords of console users fall to guessing and offline cracking; the account's
    /// password policy is the only place IAM enforces a length.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_account_password_policy" "this" {
    ///   minimum_password_length = 8
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_iam_account_password_policy" "this" {
    ///   minimum_password_length = 14
    /// }
    /// ```
    pub struct PasswordTooShort {
        id: "AWS-IAM-006",
        slug: "password-policy-too-short",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "Password policy allows passwords shorter than 14",
        types: ["aws_iam_account_password_policy"],
        default_enabled: true,
        covers: [Fsbp "IAM.7", Cis "1.8", Checkov "CKV_AWS_10", Trivy "AVD-AWS-0063", Kics "iam_password_without_minimum_length"],
        check: Spec::all(&[attr("minimum_password_length", AtLeast(14.0)).default(Num(6.0)).risk("short passwords can be guessed or cracked")]),
    }
}
