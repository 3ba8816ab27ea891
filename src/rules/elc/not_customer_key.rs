use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_elasticache_replication_group` encrypts at rest with a customer managed KMS key:
    /// `kms_key_id` set to such a key. Unset, the group is encrypted (if at all) with an AWS owned key:
    /// Fail. An AWS managed alias (`alias/aws/...`) fails too; a key or value unknown until apply
    /// gives Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// With an AWS owned key you cannot restrict who may decrypt the data and its backups through
    /// a key policy, audit the key's use in CloudTrail, or revoke access by disabling the key.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_elasticache_replication_group" "sessions" {
    ///   replication_group_id       = "sessions"
    ///   description                = "sessions"
    ///   node_type                  = "cache.t3.micro"
    ///   at_rest_encryption_enabled = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `at_rest_encryption_enabled = true` and `kms_key_id = aws_kms_key.cache.arn` (the group
    /// is replaced).
    pub struct NotCustomerKey {
        id: "AWS-ELC-008",
        slug: "elasticache-without-customer-key",
        service: "elasticache",
        category: "encryption",
        severity: Medium,
        title: "ElastiCache replication group without a customer KMS key",
        types: ["aws_elasticache_replication_group"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_191"],
        check: Spec::all(&[attr("kms_key_id", CustomerKey).risk("the data is not under a key you control")]),
    }
}
