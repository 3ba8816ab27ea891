use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_sagemaker_endpoint_configuration.kms_key_arn` is a customer managed KMS key
    /// (a key of the plan, a key ID or ARN, a customer alias). Unset, SageMaker encrypts the
    /// ML storage volumes of the endpoint's instances with an AWS managed key: it fails, as
    /// does an `alias/aws/...` key. A value known only at apply is Unknown.
    ///
    /// ## Why it matters
    /// The storage volumes hold the model artefacts and whatever the container writes while
    /// serving; with your key, access to them is governed by the key policy and recorded in
    /// CloudTrail, and can be revoked.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_sagemaker_endpoint_configuration" "model" {
    ///   name = "model"
    ///   production_variants {
    ///     variant_name           = "main"
    ///     model_name             = aws_sagemaker_model.model.name
    ///     initial_instance_count = 1
    ///     instance_type          = "ml.m5.large"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add `kms_key_arn = aws_kms_key.sagemaker.arn`.
    pub struct EndpointStorageNotEncrypted {
        id: "AWS-SGM-001",
        slug: "sagemaker-endpoint-storage-without-customer-key",
        service: "sagemaker",
        category: "encryption",
        severity: High,
        title: "SageMaker endpoint storage without customer key",
        types: ["aws_sagemaker_endpoint_configuration"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_98", Kics "sagemaker_endpoint_configuration_encryption_disabled"],
        check: Spec::all(&[attr("kms_key_arn", CustomerKey)
            .risk("the endpoint's storage volumes are encrypted with a key you do not control")]),
    }
}
