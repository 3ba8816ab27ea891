use crate::rules::cw::cis_alarm;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// For a stack with AWS resources (CIS 4.4): some `aws_cloudwatch_log_metric_filter` whose
    /// `pattern` matches IAM policy changes, that is, names every one of `DeleteGroupPolicy`,
    /// `DeleteRolePolicy`, `DeleteUserPolicy`, `PutGroupPolicy`, `PutRolePolicy`, `PutUserPolicy`,
    /// `CreatePolicy`, `DeletePolicy`, `CreatePolicyVersion`, `DeletePolicyVersion`,
    /// `AttachRolePolicy`, `DetachRolePolicy`, `AttachUserPolicy`, `DetachUserPolicy`,
    /// `AttachGroupPolicy`, `DetachGroupPolicy` (as CIS's pattern does), and an
    /// `aws_cloudwatch_metric_alarm` on the metric it produces (same namespace and name, or a
    /// `metric_name` that references the filter). A filter whose pattern, or an alarm whose metric, is
    /// known only at apply gives Unknown when nothing else decides. The filter's log group is not
    /// matched to the trail's. Judged on the stack, like AWS-CW-007; off by default (it runs under
    /// `--profile strict`, or enable it for the stack that owns the account's CloudTrail log group:
    /// elsewhere the alarm lives in another stack or a security account).
    ///
    /// ## Why it matters
    /// A changed policy is how privileges grow; noticing the change is how an escalation is caught.
    ///
    /// ## Example
    /// A trail delivering to CloudWatch Logs, with no metric filter on IAM policy changes.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_log_metric_filter" "cis" {
    ///   name           = "iam-policy-changes"
    ///   log_group_name = aws_cloudwatch_log_group.trail.name
    ///   pattern        = "{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }"
    ///   metric_transformation {
    ///     name      = "IAMPolicyChanges"
    ///     namespace = "CISBenchmark"
    ///     value     = "1"
    ///   }
    /// }
    /// resource "aws_cloudwatch_metric_alarm" "cis" {
    ///   alarm_name          = "iam-policy-changes"
    ///   metric_name         = "IAMPolicyChanges"
    ///   namespace           = "CISBenchmark"
    ///   statistic           = "Sum"
    ///   period              = 300
    ///   evaluation_periods  = 1
    ///   threshold           = 1
    ///   comparison_operator = "GreaterThanOrEqualToThreshold"
    ///   alarm_actions       = [aws_sns_topic.security.arn]
    /// }
    /// ```
    pub struct CisIamPolicyAlarm {
        id: "AWS-CW-012",
        slug: "no-iam-policy-changes-alarm",
        service: "cloudwatch",
        category: "monitoring",
        severity: Low,
        title: "No metric filter and alarm for IAM policy changes",
        types: ["aws_cloudwatch_log_metric_filter", "aws_cloudwatch_metric_alarm"],
        default_enabled: false,
        presence: true,
        covers: [Cis "4.4", Trivy "AVD-AWS-0150", Kics "cloudwatch_iam_policy_changes_alarm_missing"],
    }
}

/// The events CIS's pattern names.
const NAMES: &[&str] = &[
    "DeleteGroupPolicy",
    "DeleteRolePolicy",
    "DeleteUserPolicy",
    "PutGroupPolicy",
    "PutRolePolicy",
    "PutUserPolicy",
    "CreatePolicy",
    "DeletePolicy",
    "CreatePolicyVersion",
    "DeletePolicyVersion",
    "AttachRolePolicy",
    "DetachRolePolicy",
    "AttachUserPolicy",
    "DetachUserPolicy",
    "AttachGroupPolicy",
    "DetachGroupPolicy",
];

impl Rule for CisIamPolicyAlarm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        cis_alarm(cx, "IAM policy changes", NAMES);
    }
}
