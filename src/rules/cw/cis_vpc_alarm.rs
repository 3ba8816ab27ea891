use crate::rules::cw::cis_alarm;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// For a stack with AWS resources (CIS 4.14): some `aws_cloudwatch_log_metric_filter` whose
    /// `pattern` matches VPC changes, that is, names every one of `CreateVpc`, `DeleteVpc`,
    /// `ModifyVpcAttribute`, `AcceptVpcPeeringConnection`, `CreateVpcPeeringConnection`,
    /// `DeleteVpcPeeringConnection`, `RejectVpcPeeringConnection`, `AttachClassicLinkVpc`,
    /// `DetachClassicLinkVpc`, `DisableVpcClassicLink`, `EnableVpcClassicLink` (as CIS's pattern
    /// does), and an `aws_cloudwatch_metric_alarm` on the metric it produces (same namespace and name,
    /// or a `metric_name` that references the filter). A filter whose pattern, or an alarm whose
    /// metric, is known only at apply gives Unknown when nothing else decides. The filter's log group
    /// is not matched to the trail's. Judged on the stack, like AWS-CW-007; off by default (it runs
    /// under `--profile strict`, or enable it for the stack that owns the account's CloudTrail log
    /// group: elsewhere the alarm lives in another stack or a security account).
    ///
    /// ## Why it matters
    /// A new peering or a changed VPC attribute joins networks that were meant to stay apart.
    ///
    /// ## Example
    /// A trail delivering to CloudWatch Logs, with no metric filter on VPC changes.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_log_metric_filter" "cis" {
    ///   name           = "vpc-changes"
    ///   log_group_name = aws_cloudwatch_log_group.trail.name
    ///   pattern        = "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }"
    ///   metric_transformation {
    ///     name      = "VPCChanges"
    ///     namespace = "CISBenchmark"
    ///     value     = "1"
    ///   }
    /// }
    /// resource "aws_cloudwatch_metric_alarm" "cis" {
    ///   alarm_name          = "vpc-changes"
    ///   metric_name         = "VPCChanges"
    ///   namespace           = "CISBenchmark"
    ///   statistic           = "Sum"
    ///   period              = 300
    ///   evaluation_periods  = 1
    ///   threshold           = 1
    ///   comparison_operator = "GreaterThanOrEqualToThreshold"
    ///   alarm_actions       = [aws_sns_topic.security.arn]
    /// }
    /// ```
    pub struct CisVpcAlarm {
        id: "AWS-CW-022",
        slug: "no-vpc-changes-alarm",
        service: "cloudwatch",
        category: "monitoring",
        severity: Medium,
        title: "No metric filter and alarm for VPC changes",
        types: ["aws_cloudwatch_log_metric_filter", "aws_cloudwatch_metric_alarm"],
        default_enabled: false,
        presence: true,
        covers: [Cis "4.14", Trivy "AVD-AWS-0160", Kics "cloudwatch_vpc_changes_alarm_missing"],
    }
}

/// The events CIS's pattern names.
const NAMES: &[&str] = &[
    "CreateVpc",
    "DeleteVpc",
    "ModifyVpcAttribute",
    "AcceptVpcPeeringConnection",
    "CreateVpcPeeringConnection",
    "DeleteVpcPeeringConnection",
    "RejectVpcPeeringConnection",
    "AttachClassicLinkVpc",
    "DetachClassicLinkVpc",
    "DisableVpcClassicLink",
    "EnableVpcClassicLink",
];

impl Rule for CisVpcAlarm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        cis_alarm(cx, "VPC changes", NAMES);
    }
}
