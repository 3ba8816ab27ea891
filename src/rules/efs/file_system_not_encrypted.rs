use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_efs_file_system.encrypted` is `true`. Unset, the EFS API's default (which
    /// Terraform uses) is `false`, unlike the console's: it fails. With `encrypted = true` and
    /// no `kms_key_id`, EFS uses the AWS managed key `aws/elasticfilesystem`, which passes. A
    /// value known only at apply is Unknown.
    ///
    /// ## Why it matters
    /// Encryption at rest cannot be turned on for an existing file system: the data has to be
    /// copied to a new one. Unencrypted, the files are readable from the underlying storage
    /// and its backups without any key.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_efs_file_system" "data" {
    ///   creation_token = "data"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_efs_file_system" "data" {
    ///   creation_token = "data"
    ///   encrypted      = true
    ///   kms_key_id     = aws_kms_key.efs.arn
    /// }
    /// ```
    pub struct FileSystemNotEncrypted {
        id: "AWS-EFS-001",
        slug: "efs-file-system-not-encrypted",
        service: "efs",
        category: "encryption",
        severity: High,
        title: "EFS file system not encrypted",
        types: ["aws_efs_file_system"],
        default_enabled: true,
        covers: [Fsbp "EFS.1", Fsbp "EFS.8", Cis "2.4.1", Checkov "CKV_AWS_42", Trivy "AVD-AWS-0037", Kics "efs_not_encrypted"],
        check: Spec::all(&[attr("encrypted", Is(Bool(true)))
            .default(Bool(false))
            .risk("the files are stored unencrypted")]),
    }
}
