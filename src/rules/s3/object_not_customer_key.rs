use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_s3_object`, `aws_s3_bucket_object` and `aws_s3_object_copy` have a `kms_key_id` that
    /// is a customer managed key; a key created in the same apply counts, an AWS managed alias
    /// (`alias/aws/s3`, by name or ARN) fails. Unset, the object gets the bucket's default
    /// encryption (SSE-S3 unless configured): it fails. A value that cannot be followed gives
    /// Unknown.
    ///
    /// ## Why it matters
    /// With SSE-S3 or the AWS managed key, anyone allowed `s3:GetObject` reads the object; a
    /// customer key adds a second, separately audited gate (`kms:Decrypt`) and lets the key
    /// owner revoke access to all objects at once.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_s3_object" "config" {
    ///   bucket  = aws_s3_bucket.data.id
    ///   key     = "config.json"
    ///   content = "{}"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_s3_object" "config" {
    ///   bucket     = aws_s3_bucket.data.id
    ///   key        = "config.json"
    ///   content    = "{}"
    ///   kms_key_id = aws_kms_key.data.arn
    /// }
    /// ```
    pub struct ObjectNotCustomerKey {
        id: "AWS-S3-013",
        slug: "s3-object-not-customer-key",
        service: "s3",
        category: "encryption",
        severity: High,
        title: "Object not encrypted with a customer KMS key",
        types: ["aws_s3_object", "aws_s3_bucket_object", "aws_s3_object_copy"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_186", Checkov "CKV_AWS_181", Kics "s3_bucket_object_not_encrypted"],
        check: Spec::all(&[attr("kms_key_id", CustomerKey)]),
    }
}
