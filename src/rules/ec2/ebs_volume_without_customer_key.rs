use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_ebs_volume` sets `kms_key_id` to a customer managed KMS key. Unset, AWS uses the
    /// account's default EBS key (the AWS managed `aws/ebs` unless the account changed it) and it
    /// fails; an AWS managed alias fails too. A key created in the same plan counts; a value that
    /// cannot be followed gives Unknown. Whether the volume is encrypted at all is AWS-EC2-011's.
    ///
    /// Off by default (low severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// With a customer managed key, reading the volume or its snapshots needs access to the key too:
    /// its policy decides who may, CloudTrail records each use, and disabling it cuts access at once.
    /// Snapshots encrypted with `aws/ebs` cannot be shared with other accounts.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ebs_volume" "data" {
    ///   availability_zone = "eu-west-1a"
    ///   size              = 100
    ///   encrypted         = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_ebs_volume" "data" {
    ///   availability_zone = "eu-west-1a"
    ///   size              = 100
    ///   encrypted         = true
    ///   kms_key_id        = aws_kms_key.ebs.arn
    /// }
    /// ```
    pub struct EbsVolumeWithoutCustomerKey {
        id: "AWS-EC2-022",
        slug: "ebs-volume-without-customer-key",
        service: "ec2",
        category: "encryption",
        severity: Low,
        title: "EBS volume not encrypted with a customer managed key",
        types: ["aws_ebs_volume"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_189", Trivy "AVD-AWS-0027"],
        check: Spec::all(&[attr("kms_key_id", CustomerKey).risk("the volume is encrypted, if at all, with the AWS managed key aws/ebs")]),
    }
}
