use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_sns_topic` logs the delivery status of its messages: at least one of the
    /// `*_failure_feedback_role_arn` or `*_success_feedback_role_arn` arguments (application,
    /// Firehose, HTTP, Lambda, SQS) is set. Unset, SNS logs no delivery status (AWS default).
    /// A role created in the same plan counts as set; a value that cannot be followed gives
    /// Unknown. Off by default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Without delivery status logs, messages that never reach a subscriber (a deleted queue,
    /// a failing endpoint) disappear without a trace.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_sns_topic" "events" {
    ///   name = "events"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// sqs_failure_feedback_role_arn = aws_iam_role.sns_logs.arn
    /// sqs_success_feedback_role_arn = aws_iam_role.sns_logs.arn
    /// ```
    pub struct DeliveryLoggingOff {
        id: "AWS-SNS-005",
        slug: "sns-delivery-logging-off",
        service: "sns",
        category: "logging",
        severity: Medium,
        title: "SNS topic without delivery status logging",
        types: ["aws_sns_topic"],
        default_enabled: false,
        covers: [Fsbp "SNS.2"],
        check: Spec::any(&[
            attr("sqs_failure_feedback_role_arn", Set),
            attr("sqs_success_feedback_role_arn", Set),
            attr("lambda_failure_feedback_role_arn", Set),
            attr("lambda_success_feedback_role_arn", Set),
            attr("http_failure_feedback_role_arn", Set),
            attr("http_success_feedback_role_arn", Set),
            attr("application_failure_feedback_role_arn", Set),
            attr("application_success_feedback_role_arn", Set),
            attr("firehose_failure_feedback_role_arn", Set),
            attr("firehose_success_feedback_role_arn", Set).risk("failed deliveries leave no trace"),
        ]),
    }
}
