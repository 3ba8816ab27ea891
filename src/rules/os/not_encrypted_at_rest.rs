use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_opensearch_domain` and `aws_elasticsearch_domain` have `encrypt_at_rest { enabled =
    /// true }`. Without the block, encryption at rest is off (the provider's documented default,
    /// which it passes to OpenSearch). A value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// Unencrypted, the indices, automated snapshots, logs and swap files of the domain are stored
    /// in the clear on the nodes' volumes.
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
    /// ```hcl
    /// encrypt_at_rest {
    ///   enabled    = true
    ///   kms_key_id = aws_kms_key.search.arn
    /// }
    /// ```
    pub struct NotEncryptedAtRest {
        id: "AWS-OS-001",
        slug: "opensearch-not-encrypted-at-rest",
        service: "opensearch",
        category: "encryption",
        severity: High,
        title: "OpenSearch domain not encrypted at rest",
        types: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
        default_enabled: true,
        covers: [Fsbp "ES.1" in ["aws_elasticsearch_domain"], Fsbp "Opensearch.1" in ["aws_opensearch_domain"], Checkov "CKV_AWS_5", Trivy "AVD-AWS-0048", Kics "elasticsearch_not_encrypted_at_rest"],
        check: Spec::all(&[attr("encrypt_at_rest.0.enabled", Is(Bool(true))).default(Bool(false)).risk("indices and snapshots are stored unencrypted")]),
    }
}
