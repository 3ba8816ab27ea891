use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_cognito_user_pool` sets `mfa_configuration` to `ON` (every user) or `OPTIONAL`
    /// (users who enrol a factor). Unset, it is `OFF` (the AWS default): it fails. A value known
    /// only at apply gives Unknown. Off by default (low): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Without MFA a guessed, phished or reused password is enough to take over a user's
    /// account in the application.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_cognito_user_pool" "users" {
    ///   name = "users"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cognito_user_pool" "users" {
    ///   name              = "users"
    ///   mfa_configuration = "ON"
    ///   software_token_mfa_configuration {
    ///     enabled = true
    ///   }
    /// }
    /// ```
    pub struct UserPoolMfaOff {
        id: "AWS-COG-001",
        slug: "cognito-user-pool-mfa-off",
        service: "cognito",
        category: "identity",
        severity: Low,
        title: "Cognito user pool without MFA",
        types: ["aws_cognito_user_pool"],
        default_enabled: false,
        covers: [Kics "cognito_userpool_without_mfa"],
        check: Spec::all(&[attr("mfa_configuration", OneOf(&["ON", "OPTIONAL"]))
            .default(Str("OFF"))
            .risk("a stolen password alone takes over an account")]),
    }
}
