use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_athena_workgroup` sets
    /// `configuration.result_configuration.encryption_configuration.encryption_option` to
    /// `SSE_S3`, `SSE_KMS` or `CSE_KMS`. Unset, the workgroup asks for no encryption of query
    /// results: Athena writes them as the output bucket's default encryption leaves them, and
    /// each query may choose its own (the AWS default is no encryption configuration); it
    /// fails. A value known only at apply is Unknown.
    ///
    /// ## Why it matters
    /// Query results are copies of the data queried, often its most sensitive columns. A
    /// workgroup that encrypts them (and enforces its configuration) keeps every result under
    /// a key whatever bucket the client names.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_athena_workgroup" "analysts" {
    ///   name = "analysts"
    ///   configuration {
    ///     result_configuration {
    ///       output_location = "s3://results-bucket/analysts/"
    ///     }
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// configuration {
    ///   enforce_workgroup_configuration = true
    ///   result_configuration {
    ///     output_location = "s3://results-bucket/analysts/"
    ///     encryption_configuration {
    ///       encryption_option = "SSE_KMS"
    ///       kms_key_arn       = aws_kms_key.athena.arn
    ///     }
    ///   }
    /// }
    /// ```
    pub struct WorkgroupNotEncrypted {
        id: "AWS-ATH-001",
        slug: "athena-workgroup-not-encrypted",
        service: "athena",
        category: "encryption",
        severity: High,
        title: "Athena workgroup results not encrypted",
        types: ["aws_athena_workgroup"],
        default_enabled: true,
        covers: [Fsbp "Athena.1", Checkov "CKV_AWS_159", Trivy "AVD-AWS-0006" in ["aws_athena_workgroup"], Kics "athena_workgroup_not_encrypted"],
        check: Spec::all(&[attr(
            "configuration.0.result_configuration.0.encryption_configuration.0.encryption_option",
            OneOf(&["SSE_S3", "SSE_KMS", "CSE_KMS"]),
        )
        .risk("query results are written without an encryption the workgroup requires")]),
    }
}
