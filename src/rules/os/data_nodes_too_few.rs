use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_opensearch_domain` or `aws_elasticsearch_domain` runs at least three data nodes
    /// (`cluster_config.instance_count >= 3`) spread across zones (`cluster_config.zone_awareness_enabled
    /// = true`). Unset, the count is 1 and zone awareness is off (the provider and service defaults):
    /// Fail. A value unknown until apply gives Unknown. Off by default (medium severity): it runs
    /// under `--profile strict`.
    ///
    /// ## Why it matters
    /// With one or two data nodes, or all of them in one zone, a node or zone failure leaves shards
    /// without a replica: the domain goes red and writes or data are lost.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_opensearch_domain" "search" {
    ///   domain_name    = "search"
    ///   engine_version = "OpenSearch_2.11"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `cluster_config { instance_count = 3, zone_awareness_enabled = true,
    /// zone_awareness_config { availability_zone_count = 3 } }`.
    pub struct DataNodesTooFew {
        id: "AWS-OS-011",
        slug: "opensearch-data-nodes-too-few",
        service: "opensearch",
        category: "resilience",
        severity: Medium,
        title: "OpenSearch domain with fewer than three data nodes",
        types: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
        default_enabled: false,
        covers: [Fsbp "ES.6" in ["aws_elasticsearch_domain"], Fsbp "Opensearch.6" in ["aws_opensearch_domain"]],
        check: Spec::all(&[attr("cluster_config.0.instance_count", AtLeast(3.0)).default(Num(1.0)).risk("losing one node can lose data or the cluster"), attr("cluster_config.0.zone_awareness_enabled", Is(Bool(true))).default(Bool(false)).risk("one Availability Zone outage takes the whole domain")]),
    }
}
