use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_opensearch_domain` and `aws_elasticsearch_domain` have
    /// `domain_endpoint_options { enforce_https = true }`. With the block present and
    /// `enforce_https` unset, the provider sends `true` (its documented default): Pass. Without
    /// the block, the provider sends no endpoint options and OpenSearch applies its own default,
    /// which the plan does not show: Unknown. A value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// Without enforced HTTPS the endpoint also answers plain HTTP: queries, documents and the
    /// credentials or signed requests sent with them can be read on the way.
    ///
    /// ## Example
    /// ```hcl
    /// domain_endpoint_options {
    ///   enforce_https = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// domain_endpoint_options {
    ///   enforce_https       = true
    ///   tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
    /// }
    /// ```
    pub struct HttpsNotEnforced {
        id: "AWS-OS-007",
        slug: "opensearch-https-not-enforced",
        service: "opensearch",
        category: "encryption",
        severity: Critical,
        title: "OpenSearch HTTPS not enforced",
        types: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_83", Trivy "AVD-AWS-0046", Kics "elasticsearch_with_https_disabled"],
        check: Spec::all(&[attr("domain_endpoint_options.0.enforce_https", Is(Bool(true))).unset_unknown("without domain_endpoint_options OpenSearch applies its own default").unset_if(&[case(attr("domain_endpoint_options", Set), Unset::Default(Bool(true)))]).risk("the endpoint also answers plain HTTP")]),
    }
}
