use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// EC2 Image Builder resources name a customer managed KMS key: `kms_key_id` of
    /// `aws_imagebuilder_component`; `ebs.kms_key_id` of every `block_device_mapping` of
    /// `aws_imagebuilder_image_recipe`; `ami_distribution_configuration.kms_key_id` of every
    /// `distribution` of `aws_imagebuilder_distribution_configuration`. Unset fails (AWS then uses
    /// an AWS owned or AWS managed key); an AWS managed alias fails; a key created in the same plan
    /// counts; a value that cannot be followed gives Unknown. A recipe without block device mappings,
    /// or a distribution without an AMI configuration, has nothing to judge and passes.
    ///
    /// Off by default (medium severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Image Builder output becomes every instance's disk. With a customer managed key, the key
    /// policy decides who can use the images and their snapshots, and each use is recorded.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_imagebuilder_component" "hardening" {
    ///   name     = "hardening"
    ///   platform = "Linux"
    ///   version  = "1.0.0"
    ///   uri      = "s3://build/hardening.yml"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_imagebuilder_component" "hardening" {
    ///   name       = "hardening"
    ///   platform   = "Linux"
    ///   version    = "1.0.0"
    ///   uri        = "s3://build/hardening.yml"
    ///   kms_key_id = aws_kms_key.build.arn
    /// }
    /// ```
    pub struct ImagebuilderWithoutCustomerKey {
        id: "AWS-EC2-026",
        slug: "imagebuilder-without-customer-key",
        service: "ec2",
        category: "encryption",
        severity: Medium,
        title: "Image Builder resource without a customer managed key",
        types: ["aws_imagebuilder_component", "aws_imagebuilder_image_recipe", "aws_imagebuilder_distribution_configuration"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_180" in ["aws_imagebuilder_component"], Checkov "CKV_AWS_200" in ["aws_imagebuilder_image_recipe"], Checkov "CKV_AWS_199" in ["aws_imagebuilder_distribution_configuration"]],
        check: Spec::all(&[attr("kms_key_id", CustomerKey).on(&["aws_imagebuilder_component"]).risk("the component is encrypted with an AWS owned key"), attr("block_device_mapping.*.ebs.0.kms_key_id", CustomerKey).on(&["aws_imagebuilder_image_recipe"]).risk("the build volumes are not encrypted with a key you control"), attr("distribution.*.ami_distribution_configuration.0.kms_key_id", CustomerKey).on(&["aws_imagebuilder_distribution_configuration"]).risk("distributed AMIs are not encrypted with a key you control")]),
    }
}
