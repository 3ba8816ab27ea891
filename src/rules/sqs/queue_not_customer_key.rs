use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_sqs_queue` is encrypted with a customer managed KMS key: `kms_master_key_id` is
    /// a key of the plan, a key ID or ARN, or a customer alias. The AWS managed key
    /// (`alias/aws/sqs`, by name, ARN or lookup) fails, and so does an unset key: SQS then
    /// encrypts with SSE-SQS (its default), keys it owns and manages. A key that cannot be
    /// followed gives Unknown.
    ///
    /// ## Why it matters
    /// With SSE-SQS or the AWS managed key, anyone allowed to read the queue reads its
    /// messages; a key of your own adds its key policy, an audit trail of every decryption,
    /// and the ability to revoke access.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_sqs_queue" "orders" {
    ///   name = "orders"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// kms_master_key_id = aws_kms_key.sqs.arn
    /// ```
    pub struct QueueNotCustomerKey {
        id: "AWS-SQS-004",
        slug: "sqs-queue-not-customer-key",
        service: "sqs",
        category: "encryption",
        severity: High,
        title: "SQS queue not encrypted with a customer key",
        types: ["aws_sqs_queue"],
        default_enabled: true,
        covers: [Checkov "CKV2_AWS_73", Trivy "AVD-AWS-0135"],
        check: Spec::all(&[attr("kms_master_key_id", CustomerKey).risk("the queue is not under a key policy of your own")]),
    }
}
