use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_db_snapshot_copy` and `aws_db_instance_automated_backups_replication` set `kms_key_id` to
    /// a customer managed KMS key; an AWS managed alias fails. Unset on a snapshot copy, the copy
    /// keeps its source snapshot's encryption and key, outside the plan: Unknown. Unset on a backup
    /// replication, the replicated backups are unencrypted (the key is required when the source is
    /// encrypted): Fail. A key created in the same plan counts as set; one that cannot be followed
    /// gives Unknown. `aws_db_cluster_snapshot` has no setting of its own: its encryption is its
    /// cluster's (AWS-RDS-008, AWS-RDS-017). Off by default (it runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// Snapshot copies and replicated backups hold the whole database, often in another region or
    /// account; under a customer key, its policy decides who can restore them.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance_automated_backups_replication" "dr" {
    ///   source_db_instance_arn = aws_db_instance.main.arn
    ///   provider               = aws.dr
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_db_instance_automated_backups_replication" "dr" {
    ///   source_db_instance_arn = aws_db_instance.main.arn
    ///   kms_key_id             = aws_kms_key.dr.arn
    ///   provider               = aws.dr
    /// }
    /// ```
    pub struct SnapshotCopyNotCmk {
        id: "AWS-RDS-027",
        slug: "rds-snapshot-copy-not-cmk",
        service: "rds",
        category: "encryption",
        severity: Medium,
        title: "Snapshot copy or replicated backups not encrypted with a customer key",
        types: ["aws_db_snapshot_copy", "aws_db_instance_automated_backups_replication"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_266" in ["aws_db_snapshot_copy"], Checkov "CKV_AWS_245" in ["aws_db_instance_automated_backups_replication"]],
        check: Spec::all(&[attr("kms_key_id", CustomerKey).unset_unknown("a copy keeps the source snapshot's encryption and key").on(&["aws_db_snapshot_copy"]), attr("kms_key_id", CustomerKey).risk("the key is required for an encrypted source, so the replicated backups are unencrypted").on(&["aws_db_instance_automated_backups_replication"])]),
    }
}
