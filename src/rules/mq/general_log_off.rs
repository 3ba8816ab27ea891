use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_mq_broker` (ActiveMQ or RabbitMQ) sets `logs.general = true`. Unset, general
    /// logging is off. A value known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// The general log holds the broker's connections, authentication failures and errors;
    /// without it a broken or attacked broker leaves nothing to read.
    ///
    /// ## Example
    /// A broker without a `logs` block.
    ///
    /// ## Fix
    /// ```hcl
    /// logs {
    ///   general = true
    /// }
    /// ```
    pub struct GeneralLogOff {
        id: "AWS-MQ-003",
        slug: "mq-general-log-off",
        service: "mq",
        category: "logging",
        severity: Medium,
        title: "MQ general logging off",
        types: ["aws_mq_broker"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_48", Trivy "AVD-AWS-0071", Kics "mq_broker_logging_disabled"],
        check: Spec::all(&[attr("logs.0.general", Is(Bool(true))).default(Bool(false)).risk("broker connections and errors are not logged")]),
    }
}
