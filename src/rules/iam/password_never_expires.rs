use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_iam_account_password_policy` has `max_password_age` between 1 and 90 days. Unset
    /// (or 0), passwords never expire: it fails. A value known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// A password that never expires stays valid for as long as it is leaked; an expiry bounds
    /// how long a stolen console password works.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_account_password_policy" "this" {
    ///   max_password_age = 365
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_iam_account_password_policy" "this" {
    ///   max_password_age = 90
    /// }
    /// ```
    pub struct PasswordNeverExpires {
        id: "AWS-IAM-009",
        slug: "password-policy-expiry-over-90-days",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "Passwords do not expire within 90 days",
        types: ["aws_iam_account_password_policy"],
        default_enabled: true,
        covers: [Fsbp "IAM.7", Checkov "CKV_AWS_9", Trivy "AVD-AWS-0062", Kics "misconfigured_password_policy_expiration"],
        check: Spec::all(&[
            attr("max_password_age", AtLeast(1.0)).risk("passwords never expire"),
            attr("max_password_age", AtMost(90.0)).risk("passwords stay valid for more than 90 days"),
        ]),
    }
}
