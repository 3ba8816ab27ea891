use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_cloudtrail` delivers to CloudWatch Logs: `cloud_watch_logs_group_arn` and
    /// `cloud_watch_logs_role_arn` (the role CloudTrail writes with) are set; an ARN of a log
    /// group or role created in the same apply counts as set. Unset, the trail writes to S3
    /// only: it fails. A value that cannot be followed gives Unknown.
    ///
    /// ## Why it matters
    /// Only events in CloudWatch Logs can drive metric filters and alarms (root sign-in,
    /// unauthorized calls, policy changes) within minutes; S3 delivery alone is for later
    /// forensics.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_cloudtrail" "main" {
    ///   name           = "main"
    ///   s3_bucket_name = aws_s3_bucket.trail.id
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudtrail" "main" {
    ///   name                       = "main"
    ///   s3_bucket_name             = aws_s3_bucket.trail.id
    ///   cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
    ///   cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn
    /// }
    /// ```
    pub struct NoCloudwatchLogs {
        id: "AWS-CT-005",
        slug: "cloudtrail-not-delivering-to-cloudwatch-logs",
        service: "cloudtrail",
        category: "logging",
        severity: Low,
        title: "CloudTrail trail does not deliver to CloudWatch Logs",
        types: ["aws_cloudtrail"],
        default_enabled: true,
        covers: [Fsbp "CloudTrail.5", Checkov "CKV2_AWS_10", Trivy "AVD-AWS-0162", Kics "cloudtrail_not_integrated_with_cloudwatch"],
        check: Spec::all(&[
            attr("cloud_watch_logs_group_arn", Set).risk("events cannot drive metric filters and alarms"),
            attr("cloud_watch_logs_role_arn", Set).risk("CloudTrail has no role to write to the log group"),
        ]),
    }
}
