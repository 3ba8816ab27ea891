use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An ActiveMQ `aws_mq_broker` encrypts its storage with a customer managed KMS key:
    /// `encryption_options.use_aws_owned_key` is `false` (unset: `true`, the AWS default, an
    /// AWS owned key) and `encryption_options.kms_key_id` is a customer key (unset with
    /// `use_aws_owned_key = false`: the AWS managed key `aws/mq`, which fails). RabbitMQ brokers
    /// are not judged (AWS: encryption options do not apply to them). Values known only at
    /// apply give Unknown.
    ///
    /// ## Why it matters
    /// Messages persisted by the broker are encrypted with a key whose policy and audit trail
    /// you do not control; a customer key lets you restrict and revoke who can read them.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_mq_broker" "orders" {
    ///   broker_name = "orders"
    ///   engine_type = "ActiveMQ"
    ///   # no encryption_options
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// encryption_options {
    ///   use_aws_owned_key = false
    ///   kms_key_id        = aws_kms_key.mq.arn
    /// }
    /// ```
    pub struct BrokerNotCustomerKey {
        id: "AWS-MQ-004",
        slug: "mq-broker-not-customer-key",
        service: "mq",
        category: "encryption",
        severity: High,
        title: "Amazon MQ broker not encrypted with a customer key",
        types: ["aws_mq_broker"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_209", Kics "amazon_mq_broker_encryption_disabled"],
        check: Spec::all(&[
            attr("encryption_options.0.use_aws_owned_key", Is(Bool(false))).default(Bool(true)).risk("the data is encrypted with a key AWS owns"),
            attr("encryption_options.0.kms_key_id", CustomerKey).risk("the data is encrypted with the AWS managed aws/mq key"),
        ])
        .when(&[attr("engine_type", OneOf(&["ActiveMQ", "activemq", "ACTIVEMQ"]))]),
    }
}
