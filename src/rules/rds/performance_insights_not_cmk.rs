use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_db_instance` and `aws_rds_cluster_instance` with `performance_insights_enabled = true` set
    /// `performance_insights_kms_key_id` to a customer managed KMS key. Unset, RDS uses the AWS
    /// managed key `aws/rds`: Fail; an AWS managed alias fails too. Instances without Performance
    /// Insights (unset: off) are not judged; an enablement or key unknown until apply gives Unknown.
    /// Off by default (it runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// Performance Insights stores SQL text and its parameters. Under a customer key, reading them
    /// needs the key too, and the key's policy decides who can.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine                       = "postgres"
    ///   instance_class               = "db.t3.micro"
    ///   performance_insights_enabled = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine                          = "postgres"
    ///   instance_class                  = "db.t3.micro"
    ///   performance_insights_enabled    = true
    ///   performance_insights_kms_key_id = aws_kms_key.rds.arn
    /// }
    /// ```
    pub struct PerformanceInsightsNotCmk {
        id: "AWS-RDS-016",
        slug: "rds-performance-insights-not-cmk",
        service: "rds",
        category: "encryption",
        severity: Low,
        title: "Performance Insights not encrypted with a customer key",
        types: ["aws_db_instance", "aws_rds_cluster_instance"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_354", Trivy "AVD-AWS-0078"],
        check: Spec::all(&[attr("performance_insights_kms_key_id", CustomerKey).risk("RDS encrypts the data with the AWS managed key aws/rds")]).when(&[attr("performance_insights_enabled", Is(Bool(true))).default(Bool(false))]),
    }
}
