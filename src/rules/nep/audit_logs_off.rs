use crate::model::Resource;
use crate::rules::attr::{attr, Expect::Includes, Test};
use crate::rules::rds::{exported_and_on, parameter, GroupLog};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_neptune_cluster` has `enable_cloudwatch_logs_exports` including `audit`, and its
    /// cluster parameter group (`neptune_cluster_parameter_group_name`) sets
    /// `neptune_enable_audit_log = 1`: without it Neptune writes no audit records and the
    /// export stays empty. The default group leaves it 0 (fails); a group outside the plan, or
    /// a list or parameter unknown until apply, gives Unknown.
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
    }
}

const EXPORTS: Test = attr("enable_cloudwatch_logs_exports", Includes(&["audit"]))
    .risk("no audit events reach CloudWatch Logs");

fn group_audits(cx: &Cx, g: &Resource) -> (Status, String) {
    match parameter(cx, g, "neptune_enable_audit_log") {
        Ok(Some(v)) if v.trim() == "1" => (
            Status::Pass,
            format!("{} sets neptune_enable_audit_log = 1", g.address),
        ),
        Ok(Some(v)) => (
            Status::Fail,
            format!("{} sets neptune_enable_audit_log = {v}", g.address),
        ),
        Ok(None) => (
            Status::Fail,
            format!(
                "{} does not set neptune_enable_audit_log (default: 0)",
                g.address
            ),
        ),
        Err(why) => (Status::Unknown, why),
    }
}

impl Rule for AuditLogsOff {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        exported_and_on(
            cx,
            "aws_neptune_cluster",
            &GroupLog {
                exports: EXPORTS,
                attr: "neptune_cluster_parameter_group_name",
                group_type: "aws_neptune_cluster_parameter_group",
                group: group_audits,
                default_off: "neptune_enable_audit_log 0",
            },
        );
    }
}
