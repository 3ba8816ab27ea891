use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_elasticache_replication_group` running Redis OSS or Valkey (the engine defaults to
    /// `redis`) has `automatic_failover_enabled = true`. Unset, it is false (the provider and
    /// ElastiCache default): Fail. A value unknown until apply gives Unknown. Off by default (medium
    /// severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Without automatic failover, a failed primary node is not replaced by a replica: writes stop
    /// until an operator promotes one by hand.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_elasticache_replication_group" "sessions" {
    ///   replication_group_id = "sessions"
    ///   description          = "sessions"
    ///   node_type            = "cache.t3.micro"
    ///   num_cache_clusters   = 2
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `automatic_failover_enabled = true` with at least one replica (`num_cache_clusters >= 2`)
    /// and, better, `multi_az_enabled = true`.
    pub struct AutomaticFailoverOff {
        id: "AWS-ELC-009",
        slug: "elasticache-automatic-failover-off",
        service: "elasticache",
        category: "resilience",
        severity: Medium,
        title: "ElastiCache automatic failover off",
        types: ["aws_elasticache_replication_group"],
        default_enabled: false,
        covers: [Fsbp "ElastiCache.3", Checkov "CKV2_AWS_50"],
        check: Spec::all(&[attr("automatic_failover_enabled", Is(Bool(true))).default(Bool(false)).risk("a primary failure is an outage until someone acts")]).when(&[attr("engine", OneOf(&["redis", "valkey"])).default(Str("redis"))]),
    }
}
