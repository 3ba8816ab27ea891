use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_cloudwatch_log_destination_policy` has an `access_policy` that allows nothing to any
    /// principal (`*`, `{"AWS": "*"}`) without a condition restricting it to known accounts or an
    /// organisation (`aws:PrincipalOrgID`, `aws:SourceAccount`...). A policy unknown until apply gives
    /// Unknown. Off by default (it runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// Anyone allowed `logs:PutSubscriptionFilter` on the destination can stream their log events into
    /// your Kinesis stream or Firehose: foreign data in your pipeline, and your bill.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_cloudwatch_log_destination_policy" "main" {
    ///   destination_name = aws_cloudwatch_log_destination.main.name
    ///   access_policy = jsonencode({
    ///     Version = "2012-10-17"
    ///     Statement = [{
    ///       Effect    = "Allow"
    ///       Principal = { AWS = "*" }
    ///       Action    = "logs:PutSubscriptionFilter"
    ///       Resource  = aws_cloudwatch_log_destination.main.arn
    ///     }]
    ///   })
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_log_destination_policy" "main" {
    ///   destination_name = aws_cloudwatch_log_destination.main.name
    ///   access_policy = jsonencode({
    ///     Version = "2012-10-17"
    ///     Statement = [{
    ///       Effect    = "Allow"
    ///       Principal = { AWS = "111122223333" }
    ///       Action    = "logs:PutSubscriptionFilter"
    ///       Resource  = aws_cloudwatch_log_destination.main.arn
    ///     }]
    ///   })
    /// }
    /// ```
    pub struct DestinationPolicyPublic {
        id: "AWS-CW-009",
        slug: "cloudwatch-log-destination-policy-public",
        service: "cloudwatch",
        category: "access",
        severity: Low,
        title: "Log destination policy open to any principal",
        types: ["aws_cloudwatch_log_destination_policy"],
        default_enabled: false,
        covers: [Kics "cloudwatch_logs_destination_with_vulnerable_policy"],
        check: Spec::all(&[attr("access_policy", NotPublic).risk("any AWS account can subscribe its logs to the destination")]),
    }
}
