use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_elasticache_replication_group` or a standalone `aws_elasticache_cluster` running
    /// Redis OSS or Valkey keeps `auto_minor_version_upgrade` on. Unset, it is true (the provider's
    /// default, `"true"` for the cluster's string attribute): Pass; only an explicit false fails.
    /// Memcached has no such setting and a cluster that joins a replication group (no engine of its
    /// own) is not judged. A value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// Minor engine versions carry security fixes and bug fixes; with automatic upgrades off the
    /// nodes stay on a vulnerable version until someone upgrades them by hand.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_elasticache_replication_group" "sessions" {
    ///   replication_group_id       = "sessions"
    ///   description                = "sessions"
    ///   node_type                  = "cache.t3.micro"
    ///   auto_minor_version_upgrade = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `auto_minor_version_upgrade = false` (or set it to true) and pick a
    /// `maintenance_window`.
    pub struct MinorUpgradeOff {
        id: "AWS-ELC-010",
        slug: "elasticache-minor-upgrade-off",
        service: "elasticache",
        category: "maintenance",
        severity: High,
        title: "ElastiCache auto minor version upgrade off",
        types: ["aws_elasticache_cluster", "aws_elasticache_replication_group"],
        default_enabled: true,
        covers: [Fsbp "ElastiCache.2", Checkov "CKV_AWS_322"],
        check: Spec::all(&[attr("auto_minor_version_upgrade", Is(Bool(true))).default(Bool(true)).risk("security patches of the engine are not applied")]).when(&[attr("engine", OneOf(&["redis", "valkey"])).default(Str("redis")).on(&["aws_elasticache_replication_group"]), attr("engine", OneOf(&["redis", "valkey"])).on(&["aws_elasticache_cluster"])]),
    }
}
