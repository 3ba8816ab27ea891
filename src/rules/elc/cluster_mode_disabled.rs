use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// When the requirements ask for horizontal scaling: an
    /// `aws_elasticache_replication_group` runs in cluster mode (`num_node_groups` above 1, or
    /// `cluster_mode = "enabled"`). Off by default; enable it in tfaudit.toml.
    ///
    /// ## Why it matters
    /// Without cluster mode all keys live on one shard: memory and write throughput are capped
    /// by the node type, and growing means a migration.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_elasticache_replication_group" "sessions" {
    ///   replication_group_id = "sessions"
    ///   # ... no num_node_groups
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `cluster_mode = "enabled"`, `num_node_groups` and `replicas_per_node_group`.
    pub struct ClusterModeDisabled {
        id: "AWS-ELC-003",
        slug: "redis-cluster-mode-disabled",
        service: "elasticache",
        category: "resilience",
        severity: Info,
        title: "Redis cluster mode disabled",
        types: ["aws_elasticache_replication_group"],
        default_enabled: false,
        check: Spec::any(&[
            attr("cluster_mode", Is(Str("enabled"))),
            attr("num_node_groups", AtLeast(2.0)).default(Num(1.0)),
        ]),
    }
}
