use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_neptune_cluster` has `enable_cloudwatch_logs_exports` including `audit`. Unset,
    /// nothing is exported. (The audit log also needs `neptune_enable_audit_log = 1` in the
    /// cluster parameter group; that parameter is not judged here.) A list unknown until apply
    /// gives Unknown.
    ///
    /// ## Why it matters
    /// Without audit logs in CloudWatch there is no durable record of the queries run against the
    /// graph and of who ran them.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_neptune_cluster" "graph" {
    ///   cluster_identifier = "graph"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `enable_cloudwatch_logs_exports = ["audit"]` and `neptune_enable_audit_log = 1` in an
    /// `aws_neptune_cluster_parameter_group`.
    pub struct AuditLogsOff {
        id: "AWS-NEP-002",
        slug: "neptune-audit-logs-off",
        service: "neptune",
        category: "logging",
        severity: Medium,
        title: "Neptune audit logs not exported",
        types: ["aws_neptune_cluster"],
        default_enabled: true,
        covers: [Fsbp "Neptune.2", Checkov "CKV_AWS_101", Trivy "AVD-AWS-0075", Kics "neptune_logging_disabled"],
        check: Spec::all(&[attr("enable_cloudwatch_logs_exports", Includes(&["audit"])).risk("no audit events reach CloudWatch Logs")]),
    }
}
