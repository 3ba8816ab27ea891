use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_sns_topic` is encrypted at rest: `kms_master_key_id` is set (a customer key, or
    /// the AWS managed `alias/aws/sns`). Unset, SNS stores messages without server-side
    /// encryption. A key created in the same plan counts as set; a value that cannot be
    /// followed gives Unknown.
    ///
    /// ## Why it matters
    /// Messages wait on SNS's disks until every subscriber has them; alerts and events often
    /// carry personal data, identifiers and secrets.
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
    /// kms_master_key_id = aws_kms_key.sns.arn
    /// ```
    /// (publishers such as CloudWatch alarms need `kms:GenerateDataKey*` and `kms:Decrypt` on a
    /// customer key).
    pub struct TopicNotEncrypted {
        id: "AWS-SNS-002",
        slug: "sns-topic-not-encrypted",
        service: "sns",
        category: "encryption",
        severity: High,
        title: "SNS topic not encrypted",
        types: ["aws_sns_topic"],
        default_enabled: true,
        covers: [Fsbp "SNS.1", Checkov "CKV_AWS_26", Trivy "AVD-AWS-0095", Kics "sns_topic_not_encrypted"],
        check: Spec::all(&[attr("kms_master_key_id", Set).risk("messages are stored unencrypted")]),
    }
}
