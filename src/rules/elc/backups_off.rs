use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_elasticache_replication_group` or a standalone `aws_elasticache_cluster` running
    /// Redis OSS or Valkey keeps automatic backups: `snapshot_retention_limit` of 1 day or more.
    /// Unset, it is 0: no automatic backups (the ElastiCache default). Memcached has no backups
    /// and is not judged; neither is an `aws_elasticache_cluster` that joins a replication group
    /// (`replication_group_id`, no engine of its own): the group holds the setting. A replication
    /// group's engine defaults to `redis`. A value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// Without automatic backups a node failure in a group without replicas, a `FLUSHALL` or a bad
    /// deploy loses the data for good; caches used as a primary store (sessions, queues,
    /// leaderboards) have no way back.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_elasticache_replication_group" "sessions" {
    ///   replication_group_id = "sessions"
    ///   description          = "sessions"
    ///   node_type            = "cache.t3.micro"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `snapshot_retention_limit = 7` (days) and a `snapshot_window` outside peak hours.
    pub struct BackupsOff {
        id: "AWS-ELC-006",
        slug: "elasticache-backups-off",
        service: "elasticache",
        category: "resilience",
        severity: High,
        title: "ElastiCache automatic backups off",
        types: ["aws_elasticache_cluster", "aws_elasticache_replication_group"],
        default_enabled: true,
        covers: [Fsbp "ElastiCache.1", Checkov "CKV_AWS_134", Trivy "AVD-AWS-0050", Kics "elasticache_redis_cluster_without_backup"],
        check: Spec::all(&[attr("snapshot_retention_limit", AtLeast(1.0)).default(Num(0.0)).risk("there are no automatic backups")]).when(&[attr("engine", OneOf(&["redis", "valkey"])).default(Str("redis")).on(&["aws_elasticache_replication_group"]), attr("engine", OneOf(&["redis", "valkey"])).on(&["aws_elasticache_cluster"])]),
    }
}
