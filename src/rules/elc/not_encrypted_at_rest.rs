use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_elasticache_replication_group` has `at_rest_encryption_enabled = true`. Unset, the
    /// default depends on the engine (CreateReplicationGroup API: "true when using Valkey, false
    /// when using Redis OSS"): a `valkey` group passes, a `redis` group (the default engine)
    /// fails. An engine or a value unknown until apply gives Unknown. Encryption at rest can only
    /// be chosen when the group is created.
    ///
    /// ## Why it matters
    /// Unencrypted, the data ElastiCache writes to disk (during sync, swap and backup) and the
    /// backups it exports to S3 hold the cache's contents in the clear.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_elasticache_replication_group" "cache" {
    ///   replication_group_id = "cache"
    ///   description          = "cache"
    ///   engine               = "redis"
    ///   node_type            = "cache.t3.micro"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `at_rest_encryption_enabled = true` (and `kms_key_id` for a customer key); the group is
    /// replaced.
    pub struct NotEncryptedAtRest {
        id: "AWS-ELC-004",
        slug: "elasticache-not-encrypted-at-rest",
        service: "elasticache",
        category: "encryption",
        severity: High,
        title: "ElastiCache not encrypted at rest",
        types: ["aws_elasticache_replication_group"],
        default_enabled: true,
        covers: [Fsbp "ElastiCache.4", Checkov "CKV_AWS_29", Trivy "AVD-AWS-0045", Kics "elasticache_replication_group_not_encrypted_at_rest"],
        check: Spec::all(&[attr("at_rest_encryption_enabled", Is(Bool(true))).default(Bool(false)).unset_if(&[case(attr("engine", Is(Str("valkey"))).default(Str("redis")), Unset::Default(Bool(true)))]).risk("disk and backups hold the data in the clear")]),
    }
}
