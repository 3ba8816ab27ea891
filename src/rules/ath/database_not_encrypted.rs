use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_athena_database` sets `encryption_configuration.encryption_option` to `SSE_S3`,
    /// `SSE_KMS` or `CSE_KMS`. Unset, the `CREATE DATABASE` query's results are written
    /// without an encryption the resource asks for (AWS default: none); it fails. A value known
    /// only at apply is Unknown.
    ///
    /// ## Why it matters
    /// Terraform creates the database by running a query whose results land in the `bucket`;
    /// without an encryption option they are written as that bucket's defaults leave them.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_athena_database" "events" {
    ///   name   = "events"
    ///   bucket = aws_s3_bucket.results.id
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_athena_database" "events" {
    ///   name   = "events"
    ///   bucket = aws_s3_bucket.results.id
    ///   encryption_configuration {
    ///     encryption_option = "SSE_KMS"
    ///     kms_key           = aws_kms_key.athena.arn
    ///   }
    /// }
    /// ```
    pub struct DatabaseNotEncrypted {
        id: "AWS-ATH-002",
        slug: "athena-database-not-encrypted",
        service: "athena",
        category: "encryption",
        severity: High,
        title: "Athena database results not encrypted",
        types: ["aws_athena_database"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_77", Trivy "AVD-AWS-0006" in ["aws_athena_database"], Kics "athena_database_not_encrypted"],
        check: Spec::all(&[attr(
            "encryption_configuration.0.encryption_option",
            OneOf(&["SSE_S3", "SSE_KMS", "CSE_KMS"]),
        )
        .risk("the database's query results are written without an encryption it asks for")]),
    }
}
