use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_db_instance` and `aws_rds_cluster_instance` have `performance_insights_enabled = true`.
    /// Unset, the provider sends `false`: Fail. A value unknown until apply gives Unknown. Off by
    /// default (it runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// Performance Insights keeps the database load by wait event and SQL statement; without it a
    /// slowdown or an abusive query leaves no record to investigate.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine         = "postgres"
    ///   instance_class = "db.t3.micro"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine                       = "postgres"
    ///   instance_class               = "db.t3.micro"
    ///   performance_insights_enabled = true
    /// }
    /// ```
    pub struct PerformanceInsightsOff {
        id: "AWS-RDS-015",
        slug: "rds-performance-insights-off",
        service: "rds",
        category: "monitoring",
        severity: Low,
        title: "Performance Insights off",
        types: ["aws_db_instance", "aws_rds_cluster_instance"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_353", Trivy "AVD-AWS-0133"],
        check: Spec::all(&[attr("performance_insights_enabled", Is(Bool(true))).default(Bool(false)).risk("the database load and its top SQL are not recorded")]),
    }
}
