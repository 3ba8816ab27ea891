use crate::rules::cw::cis_alarm;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// For a stack with AWS resources (CIS 4.11): some `aws_cloudwatch_log_metric_filter` whose
    /// `pattern` matches network ACL changes, that is, names every one of `CreateNetworkAcl`,
    /// `CreateNetworkAclEntry`, `DeleteNetworkAcl`, `DeleteNetworkAclEntry`, `ReplaceNetworkAclEntry`,
    /// `ReplaceNetworkAclAssociation` (as CIS's pattern does), and an `aws_cloudwatch_metric_alarm` on
    /// the metric it produces (same namespace and name, or a `metric_name` that references the
    /// filter). A filter whose pattern, or an alarm whose metric, is known only at apply gives Unknown
    /// when nothing else decides. The filter's log group is not matched to the trail's. Judged on the
    /// stack, like AWS-CW-007; off by default (it runs under `--profile strict`, or enable it for the
    /// stack that owns the account's CloudTrail log group: elsewhere the alarm lives in another stack
    /// or a security account).
    ///
    /// ## Why it matters
    /// Network ACLs are the subnet-level guard; a changed entry can open or cut whole subnets.
    ///
    /// ## Example
    /// A trail delivering to CloudWatch Logs, with no metric filter on network ACL changes.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_log_metric_filter" "cis" {
    ///   name           = "nacl-changes"
    ///   log_group_name = aws_cloudwatch_log_group.trail.name
    ///   pattern        = "{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }"
    ///   metric_transformation {
    ///     name      = "NACLChanges"
    ///     namespace = "CISBenchmark"
    ///     value     = "1"
    ///   }
    /// }
    /// resource "aws_cloudwatch_metric_alarm" "cis" {
    ///   alarm_name          = "nacl-changes"
    ///   metric_name         = "NACLChanges"
    ///   namespace           = "CISBenchmark"
    ///   statistic           = "Sum"
    ///   period              = 300
    ///   evaluation_periods  = 1
    ///   threshold           = 1
    ///   comparison_operator = "GreaterThanOrEqualToThreshold"
    ///   alarm_actions       = [aws_sns_topic.security.arn]
    /// }
    /// ```
    pub struct CisNaclAlarm {
        id: "AWS-CW-019",
        slug: "no-nacl-changes-alarm",
        service: "cloudwatch",
        category: "monitoring",
        severity: Medium,
        title: "No metric filter and alarm for network ACL changes",
        types: ["aws_cloudwatch_log_metric_filter", "aws_cloudwatch_metric_alarm"],
        default_enabled: false,
        presence: true,
        covers: [Cis "4.11", Trivy "AVD-AWS-0157", Kics "cloudwatch_changes_to_nacl_alarm_missing"],
    }
}

/// The events CIS's pattern names.
const NAMES: &[&str] = &[
    "CreateNetworkAcl",
    "CreateNetworkAclEntry",
    "DeleteNetworkAcl",
    "DeleteNetworkAclEntry",
    "ReplaceNetworkAclEntry",
    "ReplaceNetworkAclAssociation",
];

impl Rule for CisNaclAlarm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        cis_alarm(cx, "network ACL changes", NAMES);
    }
}
