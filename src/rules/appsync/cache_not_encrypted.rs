use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_appsync_api_cache` is encrypted at rest and in transit:
    /// `at_rest_encryption_enabled` and `transit_encryption_enabled` are `true`. Unset, both
    /// are `false` (AWS default), which fails. Values known only at apply give Unknown. Off by
    /// default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// The cache holds resolver results (often personal data) on ElastiCache nodes; without
    /// encryption they sit on disk and cross the network in clear.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_appsync_api_cache" "app" {
    ///   api_id               = aws_appsync_graphql_api.app.id
    ///   api_caching_behavior = "FULL_REQUEST_CACHING"
    ///   type                 = "SMALL"
    ///   ttl                  = 300
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// at_rest_encryption_enabled = true
    /// transit_encryption_enabled = true
    /// ```
    pub struct CacheNotEncrypted {
        id: "AWS-APPSYNC-002",
        slug: "appsync-cache-not-encrypted",
        service: "appsync",
        category: "encryption",
        severity: Medium,
        title: "AppSync API cache not encrypted",
        types: ["aws_appsync_api_cache"],
        default_enabled: false,
        covers: [Fsbp "AppSync.1", Fsbp "AppSync.6", Checkov "CKV_AWS_214", Checkov "CKV_AWS_215"],
        check: Spec::all(&[
            attr("at_rest_encryption_enabled", Is(Bool(true))).default(Bool(false)).risk("cached results are stored unencrypted"),
            attr("transit_encryption_enabled", Is(Bool(true))).default(Bool(false)).risk("cached results cross the network unencrypted"),
        ]),
    }
}
