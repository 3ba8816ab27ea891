use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_memorydb_cluster` or `aws_memorydb_snapshot` is encrypted with a customer managed
    /// KMS key: `kms_key_arn` set to such a key. Unset, MemoryDB uses an AWS owned key: Fail. An AWS
    /// managed alias fails too; a key unknown until apply gives Unknown. Off by default (medium
    /// severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// MemoryDB is a durable primary database: with an AWS owned key you cannot restrict through a
    /// key policy who may decrypt its data and snapshots, audit the key's use, or revoke access.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_memorydb_cluster" "store" {
    ///   name       = "store"
    ///   acl_name   = "open-access"
    ///   node_type  = "db.t4g.small"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `kms_key_arn = aws_kms_key.memorydb.arn` (the cluster is replaced).
    pub struct NotCustomerKey {
        id: "AWS-MEMDB-001",
        slug: "memorydb-without-customer-key",
        service: "memorydb",
        category: "encryption",
        severity: Medium,
        title: "MemoryDB without a customer KMS key",
        types: ["aws_memorydb_cluster", "aws_memorydb_snapshot"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_201" in ["aws_memorydb_cluster"], Checkov "CKV_AWS_278" in ["aws_memorydb_snapshot"]],
        check: Spec::all(&[attr("kms_key_arn", CustomerKey).risk("the data is not under a key you control")]),
    }
}
