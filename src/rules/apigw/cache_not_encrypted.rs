use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_api_gateway_method_settings` that turn caching on (`settings.caching_enabled =
    /// true`) also set `settings.cache_data_encrypted = true`. Unset, both default to `false`:
    /// settings without caching are not judged. A value known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// The stage cache holds whole responses — personal data, tokens, business records. Not
    /// encrypted, they sit in clear on the cache cluster's storage.
    ///
    /// ## Example
    /// ```hcl
    /// settings {
    ///   caching_enabled = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// settings {
    ///   caching_enabled      = true
    ///   cache_data_encrypted = true
    /// }
    /// ```
    pub struct CacheNotEncrypted {
        id: "AWS-APIGW-005",
        slug: "api-cache-not-encrypted",
        service: "apigateway",
        category: "encryption",
        severity: High,
        title: "API cache not encrypted",
        types: ["aws_api_gateway_method_settings"],
        default_enabled: true,
        covers: [Fsbp "APIGateway.5", Checkov "CKV_AWS_308", Trivy "AVD-AWS-0002", Kics "api_gateway_method_settings_cache_not_encrypted"],
        check: Spec::all(&[attr("settings.0.cache_data_encrypted", Is(Bool(true))).default(Bool(false)).risk("cached responses are stored unencrypted")])
            .when(&[attr("settings.0.caching_enabled", Is(Bool(true))).default(Bool(false))]),
    }
}
