use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_backup_vault` sets `kms_key_arn` to a customer managed KMS key. Unset, AWS Backup encrypts
    /// the recovery points with the AWS managed key `aws/backup`: Fail; an AWS managed alias fails
    /// too. A key unknown until apply that the configuration references counts as set. Off by default
    /// (it runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// With a customer key, the key policy decides who can restore from the backups and recovery
    /// points can be copied to other accounts; disabling the key cuts access in an incident.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_backup_vault" "main" {
    ///   name = "main"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_backup_vault" "main" {
    ///   name        = "main"
    ///   kms_key_arn = aws_kms_key.backup.arn
    /// }
    /// ```
    pub struct VaultNotCmk {
        id: "AWS-BAK-002",
        slug: "backup-vault-not-cmk",
        service: "backup",
        category: "encryption",
        severity: Medium,
        title: "Backup vault not encrypted with a customer key",
        types: ["aws_backup_vault"],
        default_enabled: false,
        covers: [Fsbp "Backup.1", Checkov "CKV_AWS_166"],
        check: Spec::all(&[attr("kms_key_arn", CustomerKey).risk("AWS Backup uses the AWS managed key aws/backup")]),
    }
}
