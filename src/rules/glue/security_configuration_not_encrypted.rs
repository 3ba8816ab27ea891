use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_glue_security_configuration` encrypts all three targets: in
    /// `encryption_configuration[0]`, `cloudwatch_encryption[0].cloudwatch_encryption_mode`,
    /// `job_bookmarks_encryption[0].job_bookmarks_encryption_mode` and
    /// `s3_encryption[0].s3_encryption_mode` are not `DISABLED`. Unset, each mode's default is
    /// `DISABLED`: it fails. Values known only at apply are Unknown.
    ///
    /// ## Why it matters
    /// Jobs, crawlers and endpoints using the configuration write logs, bookmarks (what data
    /// was processed) and output to S3: any target left disabled keeps that data unencrypted.
    ///
    /// ## Example
    /// ```hcl
    /// encryption_configuration {
    ///   cloudwatch_encryption {
    ///     cloudwatch_encryption_mode = "DISABLED"
    ///   }
    ///   job_bookmarks_encryption {
    ///     job_bookmarks_encryption_mode = "DISABLED"
    ///   }
    ///   s3_encryption {
    ///     s3_encryption_mode = "SSE-S3"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `SSE-KMS` (CloudWatch), `CSE-KMS` (bookmarks) and `SSE-KMS` (S3), each with
    /// `kms_key_arn = aws_kms_key.glue.arn`.
    pub struct SecurityConfigurationNotEncrypted {
        id: "AWS-GLUE-002",
        slug: "glue-security-configuration-not-encrypted",
        service: "glue",
        category: "encryption",
        severity: High,
        title: "Glue security configuration leaves a target unencrypted",
        types: ["aws_glue_security_configuration"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_99", Kics "glue_security_configuration_encryption_disabled"],
        check: Spec::all(&[
            attr(
                "encryption_configuration.0.cloudwatch_encryption.0.cloudwatch_encryption_mode",
                IsNot(Str("DISABLED")),
            )
            .default(Str("DISABLED"))
            .risk("the jobs' CloudWatch logs are not encrypted"),
            attr(
                "encryption_configuration.0.job_bookmarks_encryption.0.job_bookmarks_encryption_mode",
                IsNot(Str("DISABLED")),
            )
            .default(Str("DISABLED"))
            .risk("job bookmarks are not encrypted"),
            attr(
                "encryption_configuration.0.s3_encryption.0.s3_encryption_mode",
                IsNot(Str("DISABLED")),
            )
            .default(Str("DISABLED"))
            .risk("data written to S3 is not encrypted"),
        ]),
    }
}
