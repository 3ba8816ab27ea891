use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_rds_cluster` with engine `aurora-mysql` (or `aurora`) lists `audit` in
    /// `enabled_cloudwatch_logs_exports`. Unset, nothing is exported: Fail. Other engines are not
    /// judged (AWS-RDS-026 judges Aurora PostgreSQL). A value unknown until apply gives Unknown. The
    /// audit plugin itself is switched on in the cluster parameter group (`server_audit_logging`),
    /// which this rule does not judge. Off by default (it runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// Exported to CloudWatch Logs, the audit log outlives the instances, can be searched and alarmed
    /// on, and is out of reach of whoever gains the database.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_rds_cluster" "main" {
    ///   engine = "aurora-mysql"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_rds_cluster" "main" {
    ///   engine                          = "aurora-mysql"
    ///   enabled_cloudwatch_logs_exports = ["audit", "error", "slowquery"]
    /// }
    /// ```
    pub struct AuroraMysqlAuditLogNotExported {
        id: "AWS-RDS-025",
        slug: "rds-aurora-mysql-audit-log-not-exported",
        service: "rds",
        category: "logging",
        severity: Medium,
        title: "Aurora MySQL audit log not exported",
        types: ["aws_rds_cluster"],
        default_enabled: false,
        covers: [Fsbp "RDS.34", Checkov "CKV_AWS_325"],
        check: Spec::all(&[attr("enabled_cloudwatch_logs_exports", Includes(&["audit"])).risk("the audit log stays on the instances and is lost with them")]).when(&[attr("engine", OneOf(&["aurora", "aurora-mysql"]))]),
    }
}
