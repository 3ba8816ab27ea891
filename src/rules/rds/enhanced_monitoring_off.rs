use crate::model::Eff;
use crate::model::{format_num, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

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
    }
}

impl Rule for EnhancedMonitoringOff {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_db_instance") {
            let e = cx.stack.eff(r, "monitoring_interval");
            let (status, msg) = match &e {
                Eff::Known(Val::Num(n)) if *n > 0.0 => (
                    Status::Pass,
                    format!("enhanced monitoring every {} s", format_num(*n)),
                ),
                Eff::Known(_) | Eff::NotSet => (
                    Status::Fail,
                    "monitoring_interval is 0 or unset: enhanced monitoring is off".to_string(),
                ),
                _ => (
                    Status::Unknown,
                    format!("monitoring_interval is {}", unknown_reason(&e)),
                ),
            };
            cx.report(r, "monitoring_interval", status, msg);
        }
    }
}
