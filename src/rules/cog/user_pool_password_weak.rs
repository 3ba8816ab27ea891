use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// The `password_policy` of an `aws_cognito_user_pool` meets Security Hub's Cognito.3
    /// defaults: `minimum_length` at least 8, `require_lowercase`, `require_uppercase`,
    /// `require_numbers` and `require_symbols` true, and `temporary_password_validity_days` at
    /// most 7. Without the block Cognito applies exactly that policy (length 8, every class, 7
    /// days) and the provider fills it in; a setting left out of a written block is sent as
    /// false (or 0) and fails. A value known only at apply gives Unknown. Off by default
    /// (medium): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Short or single-class passwords fall to guessing and credential stuffing; long-lived
    /// temporary passwords stay usable in the invitation e-mail.
    ///
    /// ## Example
    /// ```hcl
    /// password_policy {
    ///   minimum_length    = 6
    ///   require_lowercase = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// password_policy {
    ///   minimum_length                   = 12
    ///   require_lowercase                = true
    ///   require_uppercase                = true
    ///   require_numbers                  = true
    ///   require_symbols                  = true
    ///   temporary_password_validity_days = 7
    /// }
    /// ```
    pub struct UserPoolPasswordWeak {
        id: "AWS-COG-003",
        slug: "cognito-user-pool-password-weak",
        service: "cognito",
        category: "identity",
        severity: Medium,
        title: "Cognito user pool password policy weaker than Cognito.3",
        types: ["aws_cognito_user_pool"],
        default_enabled: false,
        covers: [Fsbp "Cognito.3"],
        check: Spec::all(&[
            attr("password_policy.0.minimum_length", AtLeast(8.0)).default(Num(8.0)).risk("short passwords can be guessed"),
            attr("password_policy.0.require_lowercase", Is(Bool(true))).default(Bool(true)).risk("passwords need fewer character classes"),
            attr("password_policy.0.require_uppercase", Is(Bool(true))).default(Bool(true)).risk("passwords need fewer character classes"),
            attr("password_policy.0.require_numbers", Is(Bool(true))).default(Bool(true)).risk("passwords need fewer character classes"),
            attr("password_policy.0.require_symbols", Is(Bool(true))).default(Bool(true)).risk("passwords need fewer character classes"),
            attr("password_policy.0.temporary_password_validity_days", AtMost(7.0)).default(Num(7.0)).risk("temporary passwords stay valid longer"),
        ]),
    }
}
