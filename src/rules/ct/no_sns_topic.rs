use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_cloudtrail` sets `sns_topic_name`. Unset, CloudTrail sends no notification: Fail. A topic
    /// created in the same plan counts as set. Off by default (it runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// Log-delivery notifications let a consumer process each log file as it lands, and their absence
    /// shows when delivery stops.
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
    ///   name           = "main"
    ///   s3_bucket_name = aws_s3_bucket.trail.id
    ///   sns_topic_name = aws_sns_topic.trail.name
    /// }
    /// ```
    pub struct NoSnsTopic {
        id: "AWS-CT-009",
        slug: "cloudtrail-no-sns-topic",
        service: "cloudtrail",
        category: "logging",
        severity: Low,
        title: "Trail does not notify an SNS topic",
        types: ["aws_cloudtrail"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_252", Kics "cloudtrail_sns_topic_name_undefined"],
        check: Spec::all(&[attr("sns_topic_name", Set).risk("nothing is told when a log file is delivered")]),
    }
}
