use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_elasticache_cluster` running Memcached with two nodes or more spreads them across
    /// Availability Zones: `az_mode = "cross-az"`. Unset, it is `single-az` (the ElastiCache
    /// default): Fail. Redis and Valkey clusters and one-node Memcached clusters are not judged. A
    /// value unknown until apply gives Unknown. Off by default (medium severity): it runs under
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// With every node in one zone, an outage of that zone empties the whole cache at once and the
    /// databases behind it take the full load.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_elasticache_cluster" "memcached" {
    ///   cluster_id      = "memcached"
    ///   engine          = "memcached"
    ///   node_type       = "cache.t3.micro"
    ///   num_cache_nodes = 3
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `az_mode = "cross-az"` (and optionally `preferred_availability_zones`).
    pub struct MemcachedSingleAz {
        id: "AWS-ELC-011",
        slug: "elasticache-memcached-single-az",
        service: "elasticache",
        category: "resilience",
        severity: Medium,
        title: "Memcached nodes in a single AZ",
        types: ["aws_elasticache_cluster"],
        default_enabled: false,
        covers: [Kics "elasticache_nodes_not_created_across_multi_az"],
        check: Spec::all(&[attr("az_mode", Is(Str("cross-az"))).default(Str("single-az")).risk("one Availability Zone outage takes every node")]).when(&[attr("engine", Is(Str("memcached"))), attr("num_cache_nodes", AtLeast(2.0))]),
    }
}
