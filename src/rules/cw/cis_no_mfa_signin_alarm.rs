use crate::rules::cw::cis_alarm;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// For a stack with AWS resources (CIS 4.2): some `aws_cloudwatch_log_metric_filter` whose
    /// `pattern` matches console sign-ins without MFA, that is, names every one of `ConsoleLogin`,
    /// `MFAUsed` (as CIS's pattern does), and an `aws_cloudwatch_metric_alarm` on the metric it
    /// produces (same namespace and name, or a `metric_name` that references the filter). A filter
    /// whose pattern, or an alarm whose metric, is known only at apply gives Unknown when nothing else
    /// decides. The filter's log group is not matched to the trail's. Judged on the stack, like
    /// AWS-CW-007; off by default (it runs under `--profile strict`, or enable it for the stack that
    /// owns the account's CloudTrail log group: elsewhere the alarm lives in another stack or a
    /// security account).
    ///
    /// ## Why it matters
    /// A console password without MFA is one phished secret away from a session; seeing such sign-ins
    /// shows who still logs in without it.
    ///
    /// ## Example
    /// A trail delivering to CloudWatch Logs, with no metric filter on console sign-ins without MFA.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_log_metric_filter" "cis" {
    ///   name           = "mfa-console-signin"
    ///   log_group_name = aws_cloudwatch_log_group.trail.name
    ///   pattern        = "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") }"
    ///   metric_transformation {
    ///     name      = "ConsoleSigninWithoutMFA"
    ///     namespace = "CISBenchmark"
    ///     value     = "1"
    ///   }
    /// }
    /// resource "aws_cloudwatch_metric_alarm" "cis" {
    ///   alarm_name          = "mfa-console-signin"
    ///   metric_name         = "ConsoleSigninWithoutMFA"
    ///   namespace           = "CISBenchmark"
    ///   statistic           = "Sum"
    ///   period              = 300
    ///   evaluation_periods  = 1
    ///   threshold           = 1
    ///   comparison_operator = "GreaterThanOrEqualToThreshold"
    ///   alarm_actions       = [aws_sns_topic.security.arn]
    /// }
    /// ```
    pub struct CisNoMfaSigninAlarm {
        id: "AWS-CW-010",
        slug: "no-mfa-console-signin-alarm",
        service: "cloudwatch",
        category: "monitoring",
        severity: Low,
        title: "No metric filter and alarm for console sign-ins without MFA",
        types: ["aws_cloudwatch_log_metric_filter", "aws_cloudwatch_metric_alarm"],
        default_enabled: false,
        presence: true,
        covers: [Cis "4.2", Trivy "AVD-AWS-0148", Kics "cloudwatch_management_console_sign_in_without_mfa_alarm_missing"],
    }
}

/// The events CIS's pattern names.
const NAMES: &[&str] = &["ConsoleLogin", "MFAUsed"];

impl Rule for CisNoMfaSigninAlarm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        cis_alarm(cx, "console sign-ins without MFA", NAMES);
    }
}
