use crate::rules::cw::cis_alarm;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// For a stack with AWS resources (CIS 4.8): some `aws_cloudwatch_log_metric_filter` whose
    /// `pattern` matches S3 bucket policy changes, that is, names every one of `s3.amazonaws.com`,
    /// `PutBucketAcl`, `PutBucketPolicy`, `PutBucketCors`, `PutBucketLifecycle`,
    /// `PutBucketReplication`, `DeleteBucketPolicy`, `DeleteBucketCors`, `DeleteBucketLifecycle`,
    /// `DeleteBucketReplication` (as CIS's pattern does), and an `aws_cloudwatch_metric_alarm` on the
    /// metric it produces (same namespace and name, or a `metric_name` that references the filter). A
    /// filter whose pattern, or an alarm whose metric, is known only at apply gives Unknown when
    /// nothing else decides. The filter's log group is not matched to the trail's. Judged on the
    /// stack, like AWS-CW-007; off by default (it runs under `--profile strict`, or enable it for the
    /// stack that owns the account's CloudTrail log group: elsewhere the alarm lives in another stack
    /// or a security account).
    ///
    /// ## Why it matters
    /// A bucket policy or ACL change can publish data to the internet in one call; catching it early
    /// limits the exposure.
    ///
    /// ## Example
    /// A trail delivering to CloudWatch Logs, with no metric filter on S3 bucket policy changes.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_log_metric_filter" "cis" {
    ///   name           = "s3-policy-changes"
    ///   log_group_name = aws_cloudwatch_log_group.trail.name
    ///   pattern        = "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }"
    ///   metric_transformation {
    ///     name      = "S3BucketPolicyChanges"
    ///     namespace = "CISBenchmark"
    ///     value     = "1"
    ///   }
    /// }
    /// resource "aws_cloudwatch_metric_alarm" "cis" {
    ///   alarm_name          = "s3-policy-changes"
    ///   metric_name         = "S3BucketPolicyChanges"
    ///   namespace           = "CISBenchmark"
    ///   statistic           = "Sum"
    ///   period              = 300
    ///   evaluation_periods  = 1
    ///   threshold           = 1
    ///   comparison_operator = "GreaterThanOrEqualToThreshold"
    ///   alarm_actions       = [aws_sns_topic.security.arn]
    /// }
    /// ```
    pub struct CisS3PolicyAlarm {
        id: "AWS-CW-016",
        slug: "no-s3-policy-changes-alarm",
        service: "cloudwatch",
        category: "monitoring",
        severity: Medium,
        title: "No metric filter and alarm for S3 bucket policy changes",
        types: ["aws_cloudwatch_log_metric_filter", "aws_cloudwatch_metric_alarm"],
        default_enabled: false,
        presence: true,
        covers: [Cis "4.8", Trivy "AVD-AWS-0154", Kics "cloudwatch_s3_policy_change_alarm_missing"],
    }
}

/// The events CIS's pattern names.
const NAMES: &[&str] = &[
    "s3.amazonaws.com",
    "PutBucketAcl",
    "PutBucketPolicy",
    "PutBucketCors",
    "PutBucketLifecycle",
    "PutBucketReplication",
    "DeleteBucketPolicy",
    "DeleteBucketCors",
    "DeleteBucketLifecycle",
    "DeleteBucketReplication",
];

impl Rule for CisS3PolicyAlarm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        cis_alarm(cx, "S3 bucket policy changes", NAMES);
    }
}
