use crate::rules::cw::cis_alarm;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// For a stack with AWS resources (CIS 4.12): some `aws_cloudwatch_log_metric_filter` whose
    /// `pattern` matches network gateway changes, that is, names every one of `CreateCustomerGateway`,
    /// `DeleteCustomerGateway`, `AttachInternetGateway`, `CreateInternetGateway`,
    /// `DeleteInternetGateway`, `DetachInternetGateway` (as CIS's pattern does), and an
    /// `aws_cloudwatch_metric_alarm` on the metric it produces (same namespace and name, or a
    /// `metric_name` that references the filter). A filter whose pattern, or an alarm whose metric, is
    /// known only at apply gives Unknown when nothing else decides. The filter's log group is not
    /// matched to the trail's. Judged on the stack, like AWS-CW-007; off by default (it runs under
    /// `--profile strict`, or enable it for the stack that owns the account's CloudTrail log group:
    /// elsewhere the alarm lives in another stack or a security account).
    ///
    /// ## Why it matters
    /// A new internet or customer gateway is a new way in or out of the network.
    ///
    /// ## Example
    /// A trail delivering to CloudWatch Logs, with no metric filter on network gateway changes.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_log_metric_filter" "cis" {
    ///   name           = "gateway-changes"
    ///   log_group_name = aws_cloudwatch_log_group.trail.name
    ///   pattern        = "{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }"
    ///   metric_transformation {
    ///     name      = "NetworkGatewayChanges"
    ///     namespace = "CISBenchmark"
    ///     value     = "1"
    ///   }
    /// }
    /// resource "aws_cloudwatch_metric_alarm" "cis" {
    ///   alarm_name          = "gateway-changes"
    ///   metric_name         = "NetworkGatewayChanges"
    ///   namespace           = "CISBenchmark"
    ///   statistic           = "Sum"
    ///   period              = 300
    ///   evaluation_periods  = 1
    ///   threshold           = 1
    ///   comparison_operator = "GreaterThanOrEqualToThreshold"
    ///   alarm_actions       = [aws_sns_topic.security.arn]
    /// }
    /// ```
    pub struct CisGatewayAlarm {
        id: "AWS-CW-020",
        slug: "no-gateway-changes-alarm",
        service: "cloudwatch",
        category: "monitoring",
        severity: Low,
        title: "No metric filter and alarm for network gateway changes",
        types: ["aws_cloudwatch_log_metric_filter", "aws_cloudwatch_metric_alarm"],
        default_enabled: false,
        presence: true,
        covers: [Cis "4.12", Trivy "AVD-AWS-0158", Kics "cloudwatch_network_gateways_changes_alarm_missing"],
    }
}

/// The events CIS's pattern names.
const NAMES: &[&str] = &[
    "CreateCustomerGateway",
    "DeleteCustomerGateway",
    "AttachInternetGateway",
    "CreateInternetGateway",
    "DeleteInternetGateway",
    "DetachInternetGateway",
];

impl Rule for CisGatewayAlarm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        cis_alarm(cx, "network gateway changes", NAMES);
    }
}
