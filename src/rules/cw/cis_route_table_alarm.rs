use crate::rules::cw::cis_alarm;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// For a stack with AWS resources (CIS 4.13): some `aws_cloudwatch_log_metric_filter` whose
    /// `pattern` matches route table changes, that is, names every one of `CreateRoute`,
    /// `CreateRouteTable`, `ReplaceRoute`, `ReplaceRouteTableAssociation`, `DeleteRouteTable`,
    /// `DeleteRoute`, `DisassociateRouteTable` (as CIS's pattern does), and an
    /// `aws_cloudwatch_metric_alarm` on the metric it produces (same namespace and name, or a
    /// `metric_name` that references the filter). A filter whose pattern, or an alarm whose metric, is
    /// known only at apply gives Unknown when nothing else decides. The filter's log group is not
    /// matched to the trail's. Judged on the stack, like AWS-CW-007; off by default (it runs under
    /// `--profile strict`, or enable it for the stack that owns the account's CloudTrail log group:
    /// elsewhere the alarm lives in another stack or a security account).
    ///
    /// ## Why it matters
    /// A changed route can send private traffic through an attacker-controlled path or to the
    /// internet.
    ///
    /// ## Example
    /// A trail delivering to CloudWatch Logs, with no metric filter on route table changes.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_log_metric_filter" "cis" {
    ///   name           = "route-table-changes"
    ///   log_group_name = aws_cloudwatch_log_group.trail.name
    ///   pattern        = "{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }"
    ///   metric_transformation {
    ///     name      = "RouteTableChanges"
    ///     namespace = "CISBenchmark"
    ///     value     = "1"
    ///   }
    /// }
    /// resource "aws_cloudwatch_metric_alarm" "cis" {
    ///   alarm_name          = "route-table-changes"
    ///   metric_name         = "RouteTableChanges"
    ///   namespace           = "CISBenchmark"
    ///   statistic           = "Sum"
    ///   period              = 300
    ///   evaluation_periods  = 1
    ///   threshold           = 1
    ///   comparison_operator = "GreaterThanOrEqualToThreshold"
    ///   alarm_actions       = [aws_sns_topic.security.arn]
    /// }
    /// ```
    pub struct CisRouteTableAlarm {
        id: "AWS-CW-021",
        slug: "no-route-table-changes-alarm",
        service: "cloudwatch",
        category: "monitoring",
        severity: Low,
        title: "No metric filter and alarm for route table changes",
        types: ["aws_cloudwatch_log_metric_filter", "aws_cloudwatch_metric_alarm"],
        default_enabled: false,
        presence: true,
        covers: [Cis "4.13", Trivy "AVD-AWS-0159", Kics "cloudwatch_route_table_changes_alarm_missing"],
    }
}

/// The events CIS's pattern names.
const NAMES: &[&str] = &[
    "CreateRoute",
    "CreateRouteTable",
    "ReplaceRoute",
    "ReplaceRouteTableAssociation",
    "DeleteRouteTable",
    "DeleteRoute",
    "DisassociateRouteTable",
];

impl Rule for CisRouteTableAlarm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        cis_alarm(cx, "route table changes", NAMES);
    }
}
