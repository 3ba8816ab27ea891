use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_elasticache_replication_group` has `transit_encryption_enabled = true`, and its
    /// `transit_encryption_mode` is not `preferred` (which still accepts plain-text clients while
    /// they migrate; unset means `required` once encryption is on). Unset,
    /// `transit_encryption_enabled` is `false` (the CreateReplicationGroup default, for Redis OSS
    /// and Valkey alike). A value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// Without TLS, commands, keys, values and the AUTH token cross the network in plain text,
    /// readable by anything that can capture traffic in the VPC.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_elasticache_replication_group" "cache" {
    ///   replication_group_id = "cache"
    ///   description          = "cache"
    ///   node_type            = "cache.t3.micro"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `transit_encryption_enabled = true` (with `transit_encryption_mode = "preferred"` while
    /// clients migrate, then `"required"`), and connect with TLS.
    pub struct NotEncryptedInTransit {
        id: "AWS-ELC-005",
        slug: "elasticache-not-encrypted-in-transit",
        service: "elasticache",
        category: "encryption",
        severity: High,
        title: "ElastiCache not encrypted in transit",
        types: ["aws_elasticache_replication_group"],
        default_enabled: true,
        covers: [Fsbp "ElastiCache.5", Checkov "CKV_AWS_30", Trivy "AVD-AWS-0051", Kics "elasticache_replication_group_not_encrypted_at_transit"],
        check: Spec::all(&[attr("transit_encryption_enabled", Is(Bool(true))).default(Bool(false)).risk("clients talk to the cache in plain text"), attr("transit_encryption_mode", NoneOf(&["preferred"])).risk("plain-text clients are still accepted")]),
    }
}
