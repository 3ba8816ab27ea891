use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_cognito_identity_pool` has `allow_unauthenticated_identities = false`. Unset, it
    /// is `false` (the provider default): it passes. A value known only at apply gives Unknown.
    /// Off by default (medium; guest access is sometimes intended): it runs under
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// Unauthenticated identities get AWS credentials for the pool's unauthenticated role
    /// without signing in: anyone who finds the pool ID can call AWS with that role.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_cognito_identity_pool" "app" {
    ///   identity_pool_name               = "app"
    ///   allow_unauthenticated_identities = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// allow_unauthenticated_identities = false
    /// ```
    pub struct IdentityPoolUnauthenticated {
        id: "AWS-COG-002",
        slug: "cognito-identity-pool-unauthenticated",
        service: "cognito",
        category: "identity",
        severity: Medium,
        title: "Cognito identity pool allows unauthenticated identities",
        types: ["aws_cognito_identity_pool"],
        default_enabled: false,
        covers: [Fsbp "Cognito.2", Checkov "CKV_AWS_366"],
        check: Spec::all(&[attr("allow_unauthenticated_identities", Is(Bool(false)))
            .default(Bool(false))
            .risk("anyone with the pool ID gets AWS credentials")]),
    }
}
