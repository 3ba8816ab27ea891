use crate::rules::cw::cis_alarm;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// For a stack with AWS resources (CIS 4.6): some `aws_cloudwatch_log_metric_filter` whose
    /// `pattern` matches failed console authentications, that is, names every one of `ConsoleLogin`,
    /// `Failed authentication` (as CIS's pattern does), and an `aws_cloudwatch_metric_alarm` on the
    /// metric it produces (same namespace and name, or a `metric_name` that references the filter). A
    /// filter whose pattern, or an alarm whose metric, is known only at apply gives Unknown when
    /// nothing else decides. The filter's log group is not matched to the trail's. Judged on the
    /// stack, like AWS-CW-007; off by default (it runs under `--profile strict`, or enable it for the
    /// stack that owns the account's CloudTrail log group: elsewhere the alarm lives in another stack
    /// or a security account).
    ///
    /// ## Why it matters
    /// A run of failed console sign-ins is a password-guessing attack in progress.
    ///
    /// ## Example
    /// A trail delivering to CloudWatch Logs, with no metric filter on failed console authentications.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_log_metric_filter" "cis" {
    ///   name           = "console-auth-failures"
    ///   log_group_name = aws_cloudwatch_log_group.trail.name
    ///   pattern        = "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }"
    ///   metric_transformation {
    ///     name      = "ConsoleSigninFailures"
    ///     namespace = "CISBenchmark"
    ///     value     = "1"
    ///   }
    /// }
    /// resource "aws_cloudwatch_metric_alarm" "cis" {
    ///   alarm_name          = "console-auth-failures"
    ///   metric_name         = "ConsoleSigninFailures"
    ///   namespace           = "CISBenchmark"
    ///   statistic           = "Sum"
    ///   period              = 300
    ///   evaluation_periods  = 1
    ///   threshold           = 1
    ///   comparison_operator = "GreaterThanOrEqualToThreshold"
    ///   alarm_actions       = [aws_sns_topic.security.arn]
    /// }
    /// ```
    pub struct CisConsoleAuthFailureAlarm {
        id: "AWS-CW-014",
        slug: "no-console-auth-failures-alarm",
        service: "cloudwatch",
        category: "monitoring",
        severity: Medium,
        title: "No metric filter and alarm for failed console authentications",
        types: ["aws_cloudwatch_log_metric_filter", "aws_cloudwatch_metric_alarm"],
        default_enabled: false,
        presence: true,
        covers: [Cis "4.6", Trivy "AVD-AWS-0152", Kics "cloudwatch_management_console_auth_failed_alarm_missing"],
    }
}

/// The events CIS's pattern names.
const NAMES: &[&str] = &["ConsoleLogin", "Failed authentication"];

impl Rule for CisConsoleAuthFailureAlarm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        cis_alarm(cx, "failed console authentications", NAMES);
    }
}
