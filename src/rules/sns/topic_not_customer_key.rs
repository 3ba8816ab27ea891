use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_sns_topic` is encrypted with a customer managed KMS key: `kms_master_key_id` is
    /// a key of the plan, a key ID or ARN, or a customer alias. The AWS managed key
    /// (`alias/aws/sns`, by name, ARN or lookup) fails, and so does an unset key (SNS then
    /// stores messages without server-side encryption, which AWS-SNS-002 also reports). A key
    /// that cannot be followed gives Unknown.
    ///
    /// ## Why it matters
    /// The AWS managed key's policy cannot be changed: any principal of the account allowed to
    /// use SNS can decrypt, and CloudWatch alarms, EventBridge and other services cannot
    /// publish to a topic encrypted with it. A customer key adds its own key policy, audit
    /// trail and revocation.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_sns_topic" "events" {
    ///   name              = "events"
    ///   kms_master_key_id = "alias/aws/sns"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// kms_master_key_id = aws_kms_key.sns.arn
    /// ```
    pub struct TopicNotCustomerKey {
        id: "AWS-SNS-004",
        slug: "sns-topic-not-customer-key",
        service: "sns",
        category: "encryption",
        severity: High,
        title: "SNS topic not encrypted with a customer key",
        types: ["aws_sns_topic"],
        default_enabled: true,
        covers: [Trivy "AVD-AWS-0136", Kics "sns_topic_encrypted_with_aws_managed_key"],
        check: Spec::all(&[attr("kms_master_key_id", CustomerKey).risk("the topic is not under a key policy of your own")]),
    }
}
