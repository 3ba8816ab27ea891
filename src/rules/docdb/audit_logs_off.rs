use crate::model::Resource;
use crate::rules::attr::{attr, Expect::Includes, Test};
use crate::rules::rds::{exported_and_on, parameter, GroupLog};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_docdb_cluster` exports its audit log: `enabled_cloudwatch_logs_exports` includes
    /// `audit` (unset: nothing is exported), and the cluster parameter group it uses
    /// (`db_cluster_parameter_group_name`, by reference or by name) turns auditing on:
    /// `audit_logs` set to `enabled` or to a list of event categories (`ddl`, `dml_read`...). The
    /// default group, and a group that does not set `audit_logs`, leave it `disabled`: the export
    /// then stays empty. Each `aws_docdb_cluster_parameter_group` is judged too, on its own
    /// `audit_logs`. A group outside the plan, or values unknown until apply, give Unknown.
    /// (`profiler` is worth exporting too; it is not required here.)
    ///
    /// ## Why it matters
    /// Without the audit log there is no record of authentication attempts, of who created or
    /// dropped collections and users, or of who read what: an incident cannot be reconstructed.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_docdb_cluster" "docs" {
    ///   cluster_identifier              = "docs"
    ///   enabled_cloudwatch_logs_exports = ["audit"]
    ///   # default parameter group: audit_logs = disabled
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_docdb_cluster_parameter_group" "audit" {
    ///   family = "docdb5.0"
    ///   parameter {
    ///     name  = "audit_logs"
    ///     value = "enabled"
    ///   }
    /// }
    /// # db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audit.name
    /// ```
    pub struct AuditLogsOff {
        id: "AWS-DOCDB-003",
        slug: "docdb-audit-logs-off",
        service: "docdb",
        category: "logging",
        severity: Medium,
        title: "DocumentDB audit logs not exported",
        types: ["aws_docdb_cluster", "aws_docdb_cluster_parameter_group"],
        default_enabled: true,
        covers: [Fsbp "DocumentDB.4" in ["aws_docdb_cluster"], Checkov "CKV_AWS_85" in ["aws_docdb_cluster"], Checkov "CKV_AWS_104" in ["aws_docdb_cluster_parameter_group"], Trivy "AVD-AWS-0020" in ["aws_docdb_cluster"], Kics "docdb_logging_disabled" in ["aws_docdb_cluster"]],
    }
}

/// The audit log must be among the exports.
const EXPORTS: Test = attr("enabled_cloudwatch_logs_exports", Includes(&["audit"]))
    .risk("no audit events reach CloudWatch Logs");

/// `audit_logs` values that write nothing.
const OFF: &[&str] = &["disabled", "none"];

/// The verdict on a parameter group's `audit_logs` (unset: `disabled`, the default).
fn group_audits(cx: &Cx, g: &Resource) -> (Status, String) {
    match parameter(cx, g, "audit_logs") {
        Ok(Some(v)) if !v.is_empty() && !OFF.contains(&v.to_ascii_lowercase().as_str()) => {
            (Status::Pass, format!("{} sets audit_logs = {v}", g.address))
        }
        Ok(Some(v)) => (Status::Fail, format!("{} sets audit_logs = {v}", g.address)),
        Ok(None) => (
            Status::Fail,
            format!("{} does not set audit_logs (default: disabled)", g.address),
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
            "aws_docdb_cluster",
            &GroupLog {
                exports: EXPORTS,
                attr: "db_cluster_parameter_group_name",
                group_type: "aws_docdb_cluster_parameter_group",
                group: group_audits,
                default_off: "audit_logs disabled",
            },
        );
        for (_, g) in cx.live("aws_docdb_cluster_parameter_group") {
            let (status, message) = group_audits(cx, g);
            cx.push(g, "parameter", status, message, None);
        }
    }
}
