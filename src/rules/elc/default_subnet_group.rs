use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_elasticache_replication_group` or a standalone `aws_elasticache_cluster` names a
    /// subnet group of its own: `subnet_group_name` set and not `default`. Unset, ElastiCache uses
    /// the `default` subnet group, made of the default VPC's subnets. An `aws_elasticache_cluster`
    /// that joins a replication group (`replication_group_id`) is not judged: it runs in the
    /// group's subnets. A name unknown until apply gives Unknown; a reference to a subnet group of
    /// the plan passes.
    ///
    /// ## Why it matters
    /// The default VPC's subnets are public (they auto-assign public IPs and route to an internet
    /// gateway) and shared with everything else launched without a VPC choice: the cache's
    /// network isolation rests on its security group alone.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_elasticache_cluster" "cache" {
    ///   cluster_id      = "cache"
    ///   engine          = "memcached"
    ///   node_type       = "cache.t3.micro"
    ///   num_cache_nodes = 1
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_elasticache_subnet_group" "cache" {
    ///   name       = "cache"
    ///   subnet_ids = aws_subnet.private[*].id
    /// }
    /// # subnet_group_name = aws_elasticache_subnet_group.cache.name
    /// ```
    pub struct DefaultSubnetGroup {
        id: "AWS-ELC-007",
        slug: "elasticache-default-subnet-group",
        service: "elasticache",
        category: "network",
        severity: High,
        title: "ElastiCache in the default subnet group",
        types: ["aws_elasticache_cluster", "aws_elasticache_replication_group"],
        default_enabled: true,
        covers: [Fsbp "ElastiCache.7", Checkov "CKV_AWS_323", Kics "elasticache_without_vpc"],
        check: Spec::all(&[attr("subnet_group_name", Set).risk("unset, ElastiCache uses the default subnet group of the default VPC"), attr("subnet_group_name", NoneOf(&["default"])).risk("the default subnet group is the default VPC's subnets")]).when(&[attr("replication_group_id", NotSet).on(&["aws_elasticache_cluster"])]),
    }
}
