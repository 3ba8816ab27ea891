use crate::rules::cw::cis_alarm;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// For a stack with AWS resources (CIS 4.9): some `aws_cloudwatch_log_metric_filter` whose
    /// `pattern` matches AWS Config configuration changes, that is, names every one of
    /// `config.amazonaws.com`, `StopConfigurationRecorder`, `DeleteDeliveryChannel`,
    /// `PutDeliveryChannel`, `PutConfigurationRecorder` (as CIS's pattern does), and an
    /// `aws_cloudwatch_metric_alarm` on the metric it produces (same namespace and name, or a
    /// `metric_name` that references the filter). A filter whose pattern, or an alarm whose metric, is
    /// known only at apply gives Unknown when nothing else decides. The filter's log group is not
    /// matched to the trail's. Judged on the stack, like AWS-CW-007; off by default (it runs under
    /// `--profile strict`, or enable it for the stack that owns the account's CloudTrail log group:
    /// elsewhere the alarm lives in another stack or a security account).
    ///
    /// ## Why it matters
    /// Stopping the Config recorder hides every later resource change from compliance checks.
    ///
    /// ## Example
    /// A trail delivering to CloudWatch Logs, with no metric filter on AWS Config configuration
    /// changes.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_log_metric_filter" "cis" {
    ///   name           = "config-changes"
    ///   log_group_name = aws_cloudwatch_log_group.trail.name
    ///   pattern        = "{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }"
    ///   metric_transformation {
    ///     name      = "AWSConfigChanges"
    ///     namespace = "CISBenchmark"
    ///     value     = "1"
    ///   }
    /// }
    /// resource "aws_cloudwatch_metric_alarm" "cis" {
    ///   alarm_name          = "config-changes"
    ///   metric_name         = "AWSConfigChanges"
    ///   namespace           = "CISBenchmark"
    ///   statistic           = "Sum"
    ///   period              = 300
    ///   evaluation_periods  = 1
    ///   threshold           = 1
    ///   comparison_operator = "GreaterThanOrEqualToThreshold"
    ///   alarm_actions       = [aws_sns_topic.security.arn]
    /// }
    /// ```
    pub struct CisConfigChangesAlarm {
        id: "AWS-CW-017",
        slug: "no-config-changes-alarm",
        service: "cloudwatch",
        category: "monitoring",
        severity: Medium,
        title: "No metric filter and alarm for AWS Config configuration changes",
        types: ["aws_cloudwatch_log_metric_filter", "aws_cloudwatch_metric_alarm"],
        default_enabled: false,
        presence: true,
        covers: [Cis "4.9", Trivy "AVD-AWS-0155", Kics "cloudwatch_aws_config_configuration_changes_alarm_missing"],
    }
}

/// The events CIS's pattern names.
const NAMES: &[&str] = &[
    "config.amazonaws.com",
    "StopConfigurationRecorder",
    "DeleteDeliveryChannel",
    "PutDeliveryChannel",
    "PutConfigurationRecorder",
];

impl Rule for CisConfigChangesAlarm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        cis_alarm(cx, "AWS Config configuration changes", NAMES);
    }
}
