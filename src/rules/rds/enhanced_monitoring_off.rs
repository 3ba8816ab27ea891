use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_db_instance` has enhanced monitoring: `monitoring_interval` greater than 0.
    ///
    /// ## Why it matters
    /// CloudWatch's standard RDS metrics come from the hypervisor; OS-level memory, swap and
    /// per-process CPU need enhanced monitoring, and they are what an incident needs.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   # ... no monitoring_interval
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `monitoring_interval = 60` and `monitoring_role_arn` to a role trusting
    /// `monitoring.rds.amazonaws.com`.
    pub struct EnhancedMonitoringOff {
        id: "AWS-RDS-002",
        slug: "rds-enhanced-monitoring-off",
        service: "rds",
        category: "monitoring",
        severity: Low,
        title: "Enhanced monitoring off",
        types: ["aws_db_instance"],
        default_enabled: true,
        covers: [Fsbp "RDS.6", Checkov "CKV_AWS_118"],
        check: Spec::all(&[attr("monitoring_interval", AtLeast(1.0)).default(Num(0.0)).risk("enhanced monitoring is off")]),
    }
}
