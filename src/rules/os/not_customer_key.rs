use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_opensearch_domain` and `aws_elasticsearch_domain` encrypt at rest with a customer
    /// managed KMS key: `encrypt_at_rest { kms_key_id = <customer key> }`. Unset, an encrypted
    /// domain uses the AWS managed key `aws/es` (and a domain without encryption has no key at
    /// all): Fail, as does an `alias/aws/...` key. A key created in the same plan counts; a key
    /// that cannot be followed gives Unknown.
    ///
    /// ## Why it matters
    /// With the AWS managed key, the key's policy cannot restrict who can read the domain's data
    /// at rest, and the key cannot be disabled to cut access in an incident.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_opensearch_domain" "search" {
    ///   domain_name    = "search"
    ///   engine_version = "OpenSearch_2.13"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `encrypt_at_rest { enabled = true, kms_key_id = aws_kms_key.search.arn }` (changing the
    /// key replaces the domain).
    pub struct NotCustomerKey {
        id: "AWS-OS-004",
        slug: "opensearch-not-customer-key",
        service: "opensearch",
        category: "encryption",
        severity: High,
        title: "OpenSearch domain without a customer KMS key",
        types: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_247", Kics "elasticsearch_encryption_with_kms_is_disabled"],
        check: Spec::all(&[attr("encrypt_at_rest.0.kms_key_id", CustomerKey).risk("the AWS managed key aws/es (or no key) is used")]),
    }
}
