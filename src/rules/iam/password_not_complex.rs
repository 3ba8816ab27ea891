use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_iam_account_password_policy` requires an uppercase letter
    /// (`require_uppercase_characters`), a lowercase letter (`require_lowercase_characters`), a
    /// number (`require_numbers`) and a symbol (`require_symbols`). Each unset means AWS's
    /// default, `false`, which fails. A value known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// Without character classes, console passwords are drawn from a far smaller space and
    /// dictionary words pass the policy.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_account_password_policy" "this" {
    ///   minimum_password_length = 14
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_iam_account_password_policy" "this" {
    ///   minimum_password_length      = 14
    ///   require_uppercase_characters = true
    ///   require_lowercase_characters = true
    ///   require_numbers              = true
    ///   require_symbols              = true
    /// }
    /// ```
    pub struct PasswordNotComplex {
        id: "AWS-IAM-007",
        slug: "password-policy-not-complex",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "Password policy does not require upper, lower, number and symbol",
        types: ["aws_iam_account_password_policy"],
        default_enabled: true,
        covers: [Fsbp "IAM.7", Checkov "CKV_AWS_11", Checkov "CKV_AWS_12", Checkov "CKV_AWS_14", Checkov "CKV_AWS_15", Trivy "AVD-AWS-0058", Trivy "AVD-AWS-0059", Trivy "AVD-AWS-0060", Trivy "AVD-AWS-0061", Kics "iam_password_does_not_require_lowercase", Kics "iam_password_does_not_require_number", Kics "iam_password_does_not_require_symbol", Kics "iam_password_does_not_require_uppercase"],
        check: Spec::all(&[
            attr("require_uppercase_characters", Is(Bool(true))).default(Bool(false)),
            attr("require_lowercase_characters", Is(Bool(true))).default(Bool(false)),
            attr("require_numbers", Is(Bool(true))).default(Bool(false)),
            attr("require_symbols", Is(Bool(true))).default(Bool(false)),
        ]),
    }
}
