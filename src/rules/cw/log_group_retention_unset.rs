use crate::model::Eff;
use crate::model::{format_num, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_cloudwatch_log_group` sets `retention_in_days` to a positive number. Unset and `0`
    /// both mean "never expire". In a plan, an unset retention is present as `null` (or `0`):
    /// tools that only test for the key's presence pass it.
    ///
    /// ## Why it matters
    /// Logs that never expire grow cost forever and keep personal data longer than any policy
    /// allows; a retention period is also what auditors ask for first.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_cloudwatch_log_group" "app" {
    ///   name = "/app/main"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `retention_in_days` (for example 90, or 365 for audit logs).
    pub struct LogGroupRetentionUnset {
        id: "AWS-CW-002",
        slug: "log-group-retention-unset",
        service: "cloudwatch",
        category: "logging",
        severity: Low,
        title: "Log group retention unset",
        types: ["aws_cloudwatch_log_group"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_66", Kics "cloudwatch_without_retention_period_specified"],
    }
}

impl Rule for LogGroupRetentionUnset {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_cloudwatch_log_group") {
            let e = cx.stack.eff(r, "retention_in_days");
            let (status, msg) = match &e {
                Eff::Known(Val::Num(n)) if *n > 0.0 => {
                    (Status::Pass, format!("retention {} days", format_num(*n)))
                }
                Eff::Known(Val::Num(_)) if cx.stack.expr_at(r, "retention_in_days").is_some() => (
                    Status::Fail,
                    "retention_in_days is 0: logs never expire".to_string(),
                ),
                Eff::Known(_) | Eff::NotSet => (
                    Status::Fail,
                    "retention_in_days is not set: logs never expire".to_string(),
                ),
                _ => (
                    Status::Unknown,
                    format!("retention_in_days is {}", unknown_reason(&e)),
                ),
            };
            let prov = cx.stack.provenance(r, "retention_in_days");
            cx.push(r, "retention_in_days", status, msg, prov);
        }
    }
}
