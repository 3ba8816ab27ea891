use crate::rules::cw::cis_alarm;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// For a stack with AWS resources (CIS 4.7): some `aws_cloudwatch_log_metric_filter` whose
    /// `pattern` matches customer key disabling or scheduled deletion, that is, names every one of
    /// `kms.amazonaws.com`, `DisableKey`, `ScheduleKeyDeletion` (as CIS's pattern does), and an
    /// `aws_cloudwatch_metric_alarm` on the metric it produces (same namespace and name, or a
    /// `metric_name` that references the filter). A filter whose pattern, or an alarm whose metric, is
    /// known only at apply gives Unknown when nothing else decides. The filter's log group is not
    /// matched to the trail's. Judged on the stack, like AWS-CW-007; off by default (it runs under
    /// `--profile strict`, or enable it for the stack that owns the account's CloudTrail log group:
    /// elsewhere the alarm lives in another stack or a security account).
    ///
    /// ## Why it matters
    /// A disabled or deleted key makes everything encrypted under it unreadable: an outage, or ransom,
    /// within the waiting period.
    ///
    /// ## Example
    /// A trail delivering to CloudWatch Logs, with no metric filter on customer key disabling or
    /// scheduled deletion.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_log_metric_filter" "cis" {
    ///   name           = "cmk-disable"
    ///   log_group_name = aws_cloudwatch_log_group.trail.name
    ///   pattern        = "{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }"
    ///   metric_transformation {
    ///     name      = "DisableOrDeleteCMK"
    ///     namespace = "CISBenchmark"
    ///     value     = "1"
    ///   }
    /// }
    /// resource "aws_cloudwatch_metric_alarm" "cis" {
    ///   alarm_name          = "cmk-disable"
    ///   metric_name         = "DisableOrDeleteCMK"
    ///   namespace           = "CISBenchmark"
    ///   statistic           = "Sum"
    ///   period              = 300
    ///   evaluation_periods  = 1
    ///   threshold           = 1
    ///   comparison_operator = "GreaterThanOrEqualToThreshold"
    ///   alarm_actions       = [aws_sns_topic.security.arn]
    /// }
    /// ```
    pub struct CisCmkDisableAlarm {
        id: "AWS-CW-015",
        slug: "no-cmk-disable-alarm",
        service: "cloudwatch",
        category: "monitoring",
        severity: Medium,
        title: "No metric filter and alarm for customer key disabling or scheduled deletion",
        types: ["aws_cloudwatch_log_metric_filter", "aws_cloudwatch_metric_alarm"],
        default_enabled: false,
        presence: true,
        covers: [Cis "4.7", Trivy "AVD-AWS-0153", Kics "cloudwatch_disabling_or_scheduled_deletion_of_customer_created_cmk_alarm_missing"],
    }
}

/// The events CIS's pattern names.
const NAMES: &[&str] = &["kms.amazonaws.com", "DisableKey", "ScheduleKeyDeletion"];

impl Rule for CisCmkDisableAlarm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        cis_alarm(cx, "customer key disabling or scheduled deletion", NAMES);
    }
}
