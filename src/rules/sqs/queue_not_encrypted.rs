use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_sqs_queue` is encrypted at rest: `kms_master_key_id` is set (SSE-KMS), or
    /// `sqs_managed_sse_enabled` is `true` (SSE-SQS). Unset, SQS encrypts a new queue with
    /// SSE-SQS (its default since 2022 for queues created through the API), so only
    /// `sqs_managed_sse_enabled = false` without a key fails. Values known only at apply give
    /// Unknown; a key created in the same plan counts as set.
    ///
    /// ## Why it matters
    /// Messages wait in the queue until consumed, for up to 14 days; they often carry orders,
    /// personal data and tokens.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_sqs_queue" "orders" {
    ///   name                    = "orders"
    ///   sqs_managed_sse_enabled = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `sqs_managed_sse_enabled = false`, or use a customer key:
    /// ```hcl
    /// kms_master_key_id = aws_kms_key.sqs.arn
    /// ```
    pub struct QueueNotEncrypted {
        id: "AWS-SQS-001",
        slug: "sqs-queue-not-encrypted",
        service: "sqs",
        category: "encryption",
        severity: High,
        title: "SQS queue not encrypted",
        types: ["aws_sqs_queue"],
        default_enabled: true,
        covers: [Fsbp "SQS.1", Checkov "CKV_AWS_27", Trivy "AVD-AWS-0096", Kics "sqs_with_sse_disabled"],
        check: Spec::any(&[
            attr("kms_master_key_id", Set),
            attr("sqs_managed_sse_enabled", Is(Bool(true))).default(Bool(true)).risk("messages are stored unencrypted"),
        ]),
    }
}
