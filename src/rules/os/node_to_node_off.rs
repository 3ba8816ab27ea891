use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_opensearch_domain` and `aws_elasticsearch_domain` have `node_to_node_encryption {
    /// enabled = true }`. Without the block it is off (the provider's documented default). A
    /// value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// Without it, traffic between the domain's nodes (shard replication, queries fanned out to
    /// data nodes) crosses the VPC unencrypted.
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
    /// node_to_node_encryption {
    ///   enabled = true
    /// }
    /// ```
    pub struct NodeToNodeOff {
        id: "AWS-OS-003",
        slug: "opensearch-node-to-node-encryption-off",
        service: "opensearch",
        category: "encryption",
        severity: High,
        title: "OpenSearch node-to-node encryption off",
        types: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
        default_enabled: true,
        covers: [Fsbp "ES.3" in ["aws_elasticsearch_domain"], Fsbp "Opensearch.3" in ["aws_opensearch_domain"], Checkov "CKV_AWS_6", Trivy "AVD-AWS-0043", Kics "elasticsearch_domain_not_encrypted_node_to_node"],
        check: Spec::all(&[attr("node_to_node_encryption.0.enabled", Is(Bool(true))).default(Bool(false)).risk("traffic between nodes is unencrypted")]),
    }
}
