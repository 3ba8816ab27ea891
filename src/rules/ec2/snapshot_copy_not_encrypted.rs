use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_ebs_snapshot_copy` sets `encrypted = true` and a customer managed KMS key in
    /// `kms_key_id`. `encrypted = false` fails. Unset, the copy is encrypted only when its source
    /// snapshot is or when the region's EBS encryption by default is on, neither of which the plan
    /// shows: Unknown. A missing `kms_key_id` or an AWS managed alias fails; a key created in the same
    /// plan counts; a value that cannot be followed gives Unknown. The encryption of
    /// `aws_ebs_snapshot` follows its volume, which AWS-EC2-011 judges.
    ///
    /// ## Why it matters
    /// Snapshot copies often travel to other regions or accounts for backup and disaster recovery. An
    /// unencrypted copy exposes the whole disk to anyone who can read or share it; with the AWS
    /// managed key the copy cannot be shared, and access cannot be revoked by key policy.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ebs_snapshot_copy" "dr" {
    ///   source_snapshot_id = aws_ebs_snapshot.data.id
    ///   source_region      = "eu-west-1"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_ebs_snapshot_copy" "dr" {
    ///   source_snapshot_id = aws_ebs_snapshot.data.id
    ///   source_region      = "eu-west-1"
    ///   encrypted          = true
    ///   kms_key_id         = aws_kms_key.dr.arn
    /// }
    /// ```
    pub struct SnapshotCopyNotEncrypted {
        id: "AWS-EC2-023",
        slug: "ebs-snapshot-copy-not-encrypted",
        service: "ec2",
        category: "encryption",
        severity: High,
        title: "EBS snapshot copy not encrypted with a customer managed key",
        types: ["aws_ebs_snapshot_copy"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_183"],
        check: Spec::all(&[attr("encrypted", Is(Bool(true))).unset_unknown("the copy is encrypted when its source snapshot is, or when EBS encryption by default is on").risk("the copy may hold the volume's data unencrypted"), attr("kms_key_id", CustomerKey).risk("the copy is encrypted, if at all, with the AWS managed key aws/ebs")]),
    }
}
