use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_ecr_repository` sets `encryption_configuration.encryption_type = "KMS"` (or
    /// `KMS_DSSE`) and a customer managed `kms_key`. Unset, AWS's default is `AES256` (S3
    /// managed keys): it fails; `KMS` without `kms_key` uses the AWS managed key `aws/ecr` and
    /// fails too. A key created in the same apply counts; a value known only at apply is
    /// Unknown.
    ///
    /// ## Why it matters
    /// With a customer key, pulling layers needs access to the key as well, the key policy says
    /// who may, and CloudTrail records each decryption.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ecr_repository" "app" {
    ///   name = "app"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// encryption_configuration {
    ///   encryption_type = "KMS"
    ///   kms_key         = aws_kms_key.ecr.arn
    /// }
    /// ```
    pub struct NotCustomerKey {
        id: "AWS-ECR-004",
        slug: "ecr-repository-without-customer-key",
        service: "ecr",
        category: "encryption",
        severity: Low,
        title: "ECR repository without customer key",
        types: ["aws_ecr_repository"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_136", Trivy "AVD-AWS-0033", Kics "ecr_repository_not_encrypted"],
        check: Spec::all(&[
            attr("encryption_configuration.0.encryption_type", OneOf(&["KMS", "KMS_DSSE"]))
                .default(Str("AES256")),
            attr("encryption_configuration.0.kms_key", CustomerKey)
                .risk("the AWS managed key aws/ecr encrypts the images"),
        ]),
    }
}
