use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_opensearch_domain` and `aws_elasticsearch_domain` have a TLS 1.2 minimum:
    /// `domain_endpoint_options.tls_security_policy` is `Policy-Min-TLS-1-2-2019-07` or
    /// `Policy-Min-TLS-1-2-PFS-2023-10` (the API's documented values; `Policy-Min-TLS-1-0-2019-07`
    /// fails). Unset, OpenSearch chooses the policy and the provider does not track it ("Terraform
    /// will only perform drift detection if a configuration value is provided"): Unknown. A value
    /// unknown until apply gives Unknown. (AWS Security Hub's ES.8 / Opensearch.8 ask for the
    /// latest policy, `Policy-Min-TLS-1-2-PFS-2023-10`, which this rule accepts but does not
    /// require.)
    ///
    /// ## Why it matters
    /// TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996); a policy that still
    /// accepts them lets a downgraded client talk to the domain.
    ///
    /// ## Example
    /// ```hcl
    /// domain_endpoint_options {
    ///   enforce_https       = true
    ///   tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"`.
    pub struct TlsPolicyWeak {
        id: "AWS-OS-008",
        slug: "opensearch-tls-policy-weak",
        service: "opensearch",
        category: "encryption",
        severity: High,
        title: "OpenSearch TLS policy allows TLS 1.0",
        types: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_228", Trivy "AVD-AWS-0126"],
        check: Spec::all(&[attr("domain_endpoint_options.0.tls_security_policy", OneOf(&["Policy-Min-TLS-1-2-2019-07", "Policy-Min-TLS-1-2-PFS-2023-10"])).unset_unknown("OpenSearch chooses the policy and the provider does not track it").risk("clients may connect with TLS 1.0 or 1.1")]),
    }
}
