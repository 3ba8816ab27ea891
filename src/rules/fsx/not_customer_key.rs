use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An FSx file system (`aws_fsx_lustre_file_system`, `_windows_`, `_ontap_`, `_openzfs_`) is
    /// encrypted with a customer managed KMS key: `kms_key_id` set to such a key. Unset, FSx uses the
    /// AWS managed `alias/aws/fsx`: Fail. Lustre scratch file systems (the default deployment type
    /// `SCRATCH_1`, and `SCRATCH_2`) take no key and are not judged. A key unknown until apply gives
    /// Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// With the AWS managed key you cannot restrict through a key policy who may decrypt the file
    /// system and its backups, audit the key's use, or revoke access by disabling the key.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_fsx_windows_file_system" "shares" {
    ///   storage_capacity    = 32
    ///   subnet_ids          = [aws_subnet.private.id]
    ///   throughput_capacity = 8
    ///   active_directory_id = aws_directory_service_directory.corp.id
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `kms_key_id = aws_kms_key.fsx.arn` (the file system is replaced).
    pub struct NotCustomerKey {
        id: "AWS-FSX-001",
        slug: "fsx-without-customer-key",
        service: "fsx",
        category: "encryption",
        severity: Medium,
        title: "FSx file system without a customer KMS key",
        types: ["aws_fsx_lustre_file_system", "aws_fsx_windows_file_system", "aws_fsx_ontap_file_system", "aws_fsx_openzfs_file_system"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_190" in ["aws_fsx_lustre_file_system"], Checkov "CKV_AWS_179" in ["aws_fsx_windows_file_system"], Checkov "CKV_AWS_178" in ["aws_fsx_ontap_file_system"], Checkov "CKV_AWS_203" in ["aws_fsx_openzfs_file_system"]],
        check: Spec::all(&[attr("kms_key_id", CustomerKey).risk("the files are not under a key you control")]).when(&[attr("deployment_type", OneOf(&["PERSISTENT_1", "PERSISTENT_2"])).default(Str("SCRATCH_1")).on(&["aws_fsx_lustre_file_system"])]),
    }
}
