use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_efs_file_system` is encrypted with a customer managed KMS key: `kms_key_id` set to
    /// such a key. Unset, an encrypted file system uses the AWS managed `alias/aws/elasticfilesystem`
    /// (and an unencrypted one none): Fail. A key unknown until apply gives Unknown. Off by default (low severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// With the AWS managed key any principal of the account allowed to mount the file system can
    /// read it; a customer key lets its key policy decide, audits its use and can be disabled to cut
    /// access.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_efs_file_system" "shared" {
    ///   encrypted = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `encrypted = true` and `kms_key_id = aws_kms_key.efs.arn` (the file system is
    /// replaced).
    pub struct FileSystemWithoutCustomerKey {
        id: "AWS-EFS-005",
        slug: "efs-without-customer-key",
        service: "efs",
        category: "encryption",
        severity: Low,
        title: "EFS file system without a customer KMS key",
        types: ["aws_efs_file_system"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_184", Kics "efs_without_kms"],
        check: Spec::all(&[attr("kms_key_id", CustomerKey).risk("the files are not under a key you control")]),
    }
}
