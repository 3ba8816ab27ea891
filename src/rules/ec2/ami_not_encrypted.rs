use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_ami`: every `ebs_block_device` has `encrypted = true` (unset, the provider's default is
    /// `false` and fails). `aws_ami_copy`: `encrypted = true` (default `false`) and a customer managed
    /// KMS key in `kms_key_id` (unset or an AWS managed alias fails; a key created in the same plan
    /// counts). A value unknown until apply gives Unknown.
    ///
    /// Off by default (medium severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// An AMI's snapshots hold a full disk image — configuration, credentials baked in at build
    /// time, application code. Unencrypted, anyone who gets the snapshot reads it; with a customer
    /// managed key, the key policy decides who can launch or copy it.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ami_copy" "golden" {
    ///   name              = "golden"
    ///   source_ami_id     = "ami-0123456789abcdef0"
    ///   source_ami_region = "eu-west-1"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_ami_copy" "golden" {
    ///   name              = "golden"
    ///   source_ami_id     = "ami-0123456789abcdef0"
    ///   source_ami_region = "eu-west-1"
    ///   encrypted         = true
    ///   kms_key_id        = aws_kms_key.ami.arn
    /// }
    /// ```
    pub struct AmiNotEncrypted {
        id: "AWS-EC2-024",
        slug: "ami-not-encrypted",
        service: "ec2",
        category: "encryption",
        severity: Medium,
        title: "AMI not encrypted",
        types: ["aws_ami", "aws_ami_copy"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_204" in ["aws_ami"], Checkov "CKV_AWS_235" in ["aws_ami_copy"], Checkov "CKV_AWS_236" in ["aws_ami_copy"], Kics "ami_not_encrypted" in ["aws_ami"]],
        check: Spec::all(&[attr("ebs_block_device.*.encrypted", Is(Bool(true))).default(Bool(false)).on(&["aws_ami"]).risk("instances launched from the AMI get unencrypted volumes"), attr("encrypted", Is(Bool(true))).default(Bool(false)).on(&["aws_ami_copy"]).risk("the copied AMI's snapshots are not encrypted"), attr("kms_key_id", CustomerKey).on(&["aws_ami_copy"]).risk("the copy is encrypted, if at all, with the AWS managed key aws/ebs")]),
    }
}
