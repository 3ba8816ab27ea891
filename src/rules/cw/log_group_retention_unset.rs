use crate::rules::declare_rule;

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
        check: Spec::all(&[attr("retention_in_days", AtLeast(1.0)).risk("logs never expire")]),
    }
}
