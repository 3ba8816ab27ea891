use crate::rules::cw::cis_alarm;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// For a stack with AWS resources (CIS 4.1): some `aws_cloudwatch_log_metric_filter` whose
    /// `pattern` matches unauthorized API calls — it names both `UnauthorizedOperation` and
    /// `AccessDenied` (CIS's pattern is
    /// `{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }`) —
    /// and an `aws_cloudwatch_metric_alarm` on the metric it produces (same namespace and
    /// name, or a `metric_name` that references the filter). A filter whose pattern, or an
    /// alarm whose metric, is known only at apply gives Unknown when nothing else decides.
    /// The filter's log group is not matched to the trail's. Judged on the stack; off by
    /// default (enable it in tfaudit.toml for the stack that owns the account's CloudTrail
    /// log group: elsewhere the alarm lives in another stack, or in a security account).
    ///
    /// ## Why it matters
    /// A burst of `AccessDenied` / `UnauthorizedOperation` errors is how stolen credentials
    /// and misconfigured automation show themselves; without the alarm nobody hears of it
    /// until the damage is done.
    ///
    /// ## Example
    /// A trail delivering to CloudWatch Logs, with no metric filter on authorization errors.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_log_metric_filter" "unauthorized" {
    ///   name           = "unauthorized-api-calls"
    ///   log_group_name = aws_cloudwatch_log_group.trail.name
    ///   pattern        = "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }"
    ///   metric_transformation {
    ///     name      = "UnauthorizedAPICalls"
    ///     namespace = "CISBenchmark"
    ///     value     = "1"
    ///   }
    /// }
    /// resource "aws_cloudwatch_metric_alarm" "unauthorized" {
    ///   alarm_name          = "unauthorized-api-calls"
    ///   metric_name         = "UnauthorizedAPICalls"
    ///   namespace           = "CISBenchmark"
    ///   statistic           = "Sum"
    ///   period              = 300
    ///   evaluation_periods  = 1
    ///   threshold           = 1
    ///   comparison_operator = "GreaterThanOrEqualToThreshold"
    ///   alarm_actions       = [aws_sns_topic.security.arn]
    /// }
    /// ```
    pub struct CisUnauthorizedApiAlarm {
        id: "AWS-CW-007",
        slug: "no-unauthorized-api-calls-alarm",
        service: "cloudwatch",
        category: "monitoring",
        severity: Critical,
        title: "No metric filter and alarm for unauthorized API calls",
        types: ["aws_cloudwatch_log_metric_filter", "aws_cloudwatch_metric_alarm"],
        default_enabled: false,
        presence: true,
        covers: [Cis "4.1", Trivy "AVD-AWS-0147", Kics "cloudwatch_unauthorized_access_defined_alarm_missing"],
    }
}

impl Rule for CisUnauthorizedApiAlarm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        cis_alarm(
            cx,
            "unauthorized API calls",
            &["UnauthorizedOperation", "AccessDenied"],
        );
    }
}
