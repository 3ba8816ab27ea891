use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_rds_cluster` with engine `aurora-postgresql` lists `postgresql` in
    /// `enabled_cloudwatch_logs_exports`. Unset, nothing is exported: Fail. Other engines are not
    /// judged (AWS-RDS-025 judges Aurora MySQL). A value unknown until apply gives Unknown. Off by
    /// default (it runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// Exported to CloudWatch Logs, the PostgreSQL log (connections, errors, and the statements
    /// `log_statement` records) outlives the instances and can be searched and alarmed on.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_rds_cluster" "main" {
    ///   engine = "aurora-postgresql"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_rds_cluster" "main" {
    ///   engine                          = "aurora-postgresql"
    ///   enabled_cloudwatch_logs_exports = ["postgresql"]
    /// }
    /// ```
    pub struct AuroraPostgresqlLogNotExported {
        id: "AWS-RDS-026",
        slug: "rds-aurora-postgresql-log-not-exported",
        service: "rds",
        category: "logging",
        severity: Medium,
        title: "Aurora PostgreSQL log not exported",
        types: ["aws_rds_cluster"],
        default_enabled: false,
        covers: [Fsbp "RDS.37"],
        check: Spec::all(&[attr("enabled_cloudwatch_logs_exports", Includes(&["postgresql"])).risk("the database log stays on the instances and is lost with them")]).when(&[attr("engine", OneOf(&["aurora-postgresql"]))]),
    }
}
