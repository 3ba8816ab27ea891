use crate::rules::cw::cis_alarm;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// For a stack with AWS resources (CIS 4.15): some `aws_cloudwatch_log_metric_filter` whose
    /// `pattern` matches AWS Organizations changes, that is, names every one of
    /// `organizations.amazonaws.com`, `AcceptHandshake`, `AttachPolicy`, `CreateAccount`,
    /// `CreateOrganizationalUnit`, `CreatePolicy`, `DeclineHandshake`, `DeleteOrganization`,
    /// `DeleteOrganizationalUnit`, `DeletePolicy`, `DetachPolicy`, `DisablePolicyType`,
    /// `EnablePolicyType`, `InviteAccountToOrganization`, `LeaveOrganization`, `MoveAccount`,
    /// `RemoveAccountFromOrganization`, `UpdatePolicy`, `UpdateOrganizationalUnit` (as CIS's pattern
    /// does), and an `aws_cloudwatch_metric_alarm` on the metric it produces (same namespace and name,
    /// or a `metric_name` that references the filter). A filter whose pattern, or an alarm whose
    /// metric, is known only at apply gives Unknown when nothing else decides. The filter's log group
    /// is not matched to the trail's. Judged on the stack, like AWS-CW-007; off by default (it runs
    /// under `--profile strict`, or enable it for the stack that owns the account's CloudTrail log
    /// group: elsewhere the alarm lives in another stack or a security account).
    ///
    /// ## Why it matters
    /// Organization changes move accounts out from under service control policies or detach the
    /// guardrails themselves.
    ///
    /// ## Example
    /// A trail delivering to CloudWatch Logs, with no metric filter on AWS Organizations changes.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_log_metric_filter" "cis" {
    ///   name           = "organizations-changes"
    ///   log_group_name = aws_cloudwatch_log_group.trail.name
    ///   pattern        = "{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = AcceptHandshake) || ($.eventName = AttachPolicy) || ($.eventName = CreateAccount) || ($.eventName = CreateOrganizationalUnit) || ($.eventName = CreatePolicy) || ($.eventName = DeclineHandshake) || ($.eventName = DeleteOrganization) || ($.eventName = DeleteOrganizationalUnit) || ($.eventName = DeletePolicy) || ($.eventName = DetachPolicy) || ($.eventName = DisablePolicyType) || ($.eventName = EnablePolicyType) || ($.eventName = InviteAccountToOrganization) || ($.eventName = LeaveOrganization) || ($.eventName = MoveAccount) || ($.eventName = RemoveAccountFromOrganization) || ($.eventName = UpdatePolicy) || ($.eventName = UpdateOrganizationalUnit)) }"
    ///   metric_transformation {
    ///     name      = "OrganizationsChanges"
    ///     namespace = "CISBenchmark"
    ///     value     = "1"
    ///   }
    /// }
    /// resource "aws_cloudwatch_metric_alarm" "cis" {
    ///   alarm_name          = "organizations-changes"
    ///   metric_name         = "OrganizationsChanges"
    ///   namespace           = "CISBenchmark"
    ///   statistic           = "Sum"
    ///   period              = 300
    ///   evaluation_periods  = 1
    ///   threshold           = 1
    ///   comparison_operator = "GreaterThanOrEqualToThreshold"
    ///   alarm_actions       = [aws_sns_topic.security.arn]
    /// }
    /// ```
    pub struct CisOrganizationsAlarm {
        id: "AWS-CW-023",
        slug: "no-organizations-changes-alarm",
        service: "cloudwatch",
        category: "monitoring",
        severity: Low,
        title: "No metric filter and alarm for AWS Organizations changes",
        types: ["aws_cloudwatch_log_metric_filter", "aws_cloudwatch_metric_alarm"],
        default_enabled: false,
        presence: true,
        covers: [Cis "4.15", Trivy "AVD-AWS-0174", Kics "cloudwatch_aws_organizations_changes_missing_alarm"],
    }
}

/// The events CIS's pattern names.
const NAMES: &[&str] = &[
    "organizations.amazonaws.com",
    "AcceptHandshake",
    "AttachPolicy",
    "CreateAccount",
    "CreateOrganizationalUnit",
    "CreatePolicy",
    "DeclineHandshake",
    "DeleteOrganization",
    "DeleteOrganizationalUnit",
    "DeletePolicy",
    "DetachPolicy",
    "DisablePolicyType",
    "EnablePolicyType",
    "InviteAccountToOrganization",
    "LeaveOrganization",
    "MoveAccount",
    "RemoveAccountFromOrganization",
    "UpdatePolicy",
    "UpdateOrganizationalUnit",
];

impl Rule for CisOrganizationsAlarm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        cis_alarm(cx, "AWS Organizations changes", NAMES);
    }
}
