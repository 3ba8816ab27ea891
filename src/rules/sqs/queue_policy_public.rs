use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// The policy of an SQS queue — `aws_sqs_queue_policy.policy` or the `policy` of
    /// `aws_sqs_queue` — opens nothing to any principal: no Allow statement to `"*"`,
    /// `{"AWS": "*"}`, any account's root or a `NotPrincipal`, unless a condition limits it to
    /// an account, organisation, source or network (`aws:SourceArn` of the SNS topic or S3
    /// bucket that sends, `aws:SourceAccount`, `aws:PrincipalOrgID`, `aws:SourceVpce`…). JSON
    /// text and `aws_iam_policy_document` data sources are read; no policy passes. A policy or
    /// statement known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// Anyone with an AWS account could send messages (injecting work for the consumers),
    /// receive and delete them, or purge the queue.
    ///
    /// ## Example
    /// ```hcl
    /// policy = jsonencode({
    ///   Version   = "2012-10-17"
    ///   Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage", Resource = "*" }]
    /// })
    /// ```
    ///
    /// ## Fix
    /// Name the principal, or add a condition such as
    /// `{ ArnEquals = { "aws:SourceArn" = aws_sns_topic.orders.arn } }`.
    pub struct QueuePolicyPublic {
        id: "AWS-SQS-002",
        slug: "sqs-queue-policy-public",
        service: "sqs",
        category: "access-control",
        severity: High,
        title: "SQS queue policy open to any principal",
        types: ["aws_sqs_queue_policy", "aws_sqs_queue"],
        default_enabled: true,
        covers: [Fsbp "SQS.3", Checkov "CKV_AWS_168", Checkov "CKV_AWS_387", Kics "sqs_policy_with_public_access", Kics "sqs_queue_exposed"],
        check: Spec::all(&[attr("policy", NotPublic).risk("any AWS account can use the queue")]),
    }
}
