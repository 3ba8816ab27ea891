use crate::rules::cw::cis_alarm;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// For a stack with AWS resources (CIS 4.3): some `aws_cloudwatch_log_metric_filter` whose
    /// `pattern` matches root user activity, that is, names every one of `userIdentity.type`, `Root`
    /// (as CIS's pattern does), and an `aws_cloudwatch_metric_alarm` on the metric it produces (same
    /// namespace and name, or a `metric_name` that references the filter). A filter whose pattern, or
    /// an alarm whose metric, is known only at apply gives Unknown when nothing else decides. The
    /// filter's log group is not matched to the trail's. Judged on the stack, like AWS-CW-007; off by
    /// default (it runs under `--profile strict`, or enable it for the stack that owns the account's
    /// CloudTrail log group: elsewhere the alarm lives in another stack or a security account).
    ///
    /// ## Why it matters
    /// The root user can do anything, including closing the account, and is almost never needed; any
    /// use of it deserves attention at once.
    ///
    /// ## Example
    /// A trail delivering to CloudWatch Logs, with no metric filter on root user activity.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_log_metric_filter" "cis" {
    ///   name           = "root-usage"
    ///   log_group_name = aws_cloudwatch_log_group.trail.name
    ///   pattern        = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"
    ///   metric_transformation {
    ///     name      = "RootAccountUsage"
    ///     namespace = "CISBenchmark"
    ///     value     = "1"
    ///   }
    /// }
    /// resource "aws_cloudwatch_metric_alarm" "cis" {
    ///   alarm_name          = "root-usage"
    ///   metric_name         = "RootAccountUsage"
    ///   namespace           = "CISBenchmark"
    ///   statistic           = "Sum"
    ///   period              = 300
    ///   evaluation_periods  = 1
    ///   threshold           = 1
    ///   comparison_operator = "GreaterThanOrEqualToThreshold"
    ///   alarm_actions       = [aws_sns_topic.security.arn]
    /// }
    /// ```
    pub struct CisRootUsageAlarm {
        id: "AWS-CW-011",
        slug: "no-root-usage-alarm",
        service: "cloudwatch",
        category: "monitoring",
        severity: Medium,
        title: "No metric filter and alarm for root user activity",
        types: ["aws_cloudwatch_log_metric_filter", "aws_cloudwatch_metric_alarm"],
        default_enabled: false,
        presence: true,
        covers: [Cis "4.3", Trivy "AVD-AWS-0149", Kics "cloudwatch_root_account_use_alarm_missing"],
    }
}

/// The events CIS's pattern names.
const NAMES: &[&str] = &["userIdentity.type", "Root"];

impl Rule for CisRootUsageAlarm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        cis_alarm(cx, "root user activity", NAMES);
    }
}
