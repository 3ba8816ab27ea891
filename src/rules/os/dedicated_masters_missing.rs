use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_opensearch_domain` or `aws_elasticsearch_domain` runs three dedicated master
    /// (cluster manager) nodes: `cluster_config.dedicated_master_enabled = true` and
    /// `dedicated_master_count >= 3`. Unset, dedicated masters are off (the provider and service
    /// default): Fail. Dedicated masters on with no count in the plan, or a value unknown until
    /// apply, give Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Without dedicated masters, data nodes under load also manage the cluster state; with fewer
    /// than three masters the cluster cannot keep a quorum when one fails.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_opensearch_domain" "search" {
    ///   domain_name = "search"
    ///   cluster_config {
    ///     instance_count = 3
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `dedicated_master_enabled = true`, `dedicated_master_count = 3` and a
    /// `dedicated_master_type` in `cluster_config`.
    pub struct DedicatedMastersMissing {
        id: "AWS-OS-012",
        slug: "opensearch-dedicated-masters-missing",
        service: "opensearch",
        category: "resilience",
        severity: Medium,
        title: "OpenSearch domain without three dedicated master nodes",
        types: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
        default_enabled: false,
        covers: [Fsbp "ES.7" in ["aws_elasticsearch_domain"], Checkov "CKV_AWS_318", Checkov "CKV2_AWS_59"],
        check: Spec::all(&[attr("cluster_config.0.dedicated_master_enabled", Is(Bool(true))).default(Bool(false)).risk("data nodes also elect the cluster manager and a busy node can split the cluster"), attr("cluster_config.0.dedicated_master_count", AtLeast(3.0)).unset_unknown("the number of dedicated master nodes is chosen outside the plan").risk("fewer than three master nodes cannot keep a quorum through one failure")]),
    }
}
