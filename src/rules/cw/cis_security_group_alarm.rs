use crate::rules::cw::cis_alarm;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// For a stack with AWS resources (CIS 4.10): some `aws_cloudwatch_log_metric_filter` whose
    /// `pattern` matches security group changes, that is, names every one of
    /// `AuthorizeSecurityGroupIngress`, `AuthorizeSecurityGroupEgress`, `RevokeSecurityGroupIngress`,
    /// `RevokeSecurityGroupEgress`, `CreateSecurityGroup`, `DeleteSecurityGroup` (as CIS's pattern
    /// does), and an `aws_cloudwatch_metric_alarm` on the metric it produces (same namespace and name,
    /// or a `metric_name` that references the filter). A filter whose pattern, or an alarm whose
    /// metric, is known only at apply gives Unknown when nothing else decides. The filter's log group
    /// is not matched to the trail's. Judged on the stack, like AWS-CW-007; off by default (it runs
    /// under `--profile strict`, or enable it for the stack that owns the account's CloudTrail log
    /// group: elsewhere the alarm lives in another stack or a security account).
    ///
    /// ## Why it matters
    /// One added ingress rule can open a database or SSH to the internet; the alarm catches changes
    /// made outside the pipeline.
    ///
    /// ## Example
    /// A trail delivering to CloudWatch Logs, with no metric filter on security group changes.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_log_metric_filter" "cis" {
    ///   name           = "security-group-changes"
    ///   log_group_name = aws_cloudwatch_log_group.trail.name
    ///   pattern        = "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }"
    ///   metric_transformation {
    ///     name      = "SecurityGroupChanges"
    ///     namespace = "CISBenchmark"
    ///     value     = "1"
    ///   }
    /// }
    /// resource "aws_cloudwatch_metric_alarm" "cis" {
    ///   alarm_name          = "security-group-changes"
    ///   metric_name         = "SecurityGroupChanges"
    ///   namespace           = "CISBenchmark"
    ///   statistic           = "Sum"
    ///   period              = 300
    ///   evaluation_periods  = 1
    ///   threshold           = 1
    ///   comparison_operator = "GreaterThanOrEqualToThreshold"
    ///   alarm_actions       = [aws_sns_topic.security.arn]
    /// }
    /// ```
    pub struct CisSecurityGroupAlarm {
        id: "AWS-CW-018",
        slug: "no-security-group-changes-alarm",
        service: "cloudwatch",
        category: "monitoring",
        severity: Medium,
        title: "No metric filter and alarm for security group changes",
        types: ["aws_cloudwatch_log_metric_filter", "aws_cloudwatch_metric_alarm"],
        default_enabled: false,
        presence: true,
        covers: [Cis "4.10", Trivy "AVD-AWS-0156", Kics "cloudwatch_security_group_changes_alarm_missing"],
    }
}

/// The events CIS's pattern names.
const NAMES: &[&str] = &[
    "AuthorizeSecurityGroupIngress",
    "AuthorizeSecurityGroupEgress",
    "RevokeSecurityGroupIngress",
    "RevokeSecurityGroupEgress",
    "CreateSecurityGroup",
    "DeleteSecurityGroup",
];

impl Rule for CisSecurityGroupAlarm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        cis_alarm(cx, "security group changes", NAMES);
    }
}
