use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An ActiveMQ `aws_mq_broker` (`engine_type = "ActiveMQ"`) sets `logs.audit = true`.
    /// Unset, audit logging is off. RabbitMQ brokers have no audit log and are not judged. A
    /// value known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// The audit log records management actions — users, destinations, configuration changes
    /// made through JMX or the web console: who changed the broker, and when.
    ///
    /// ## Example
    /// An ActiveMQ broker without a `logs` block.
    ///
    /// ## Fix
    /// ```hcl
    /// logs {
    ///   audit   = true
    ///   general = true
    /// }
    /// ```
    pub struct AuditLogOff {
        id: "AWS-MQ-002",
        slug: "mq-audit-log-off",
        service: "mq",
        category: "logging",
        severity: Medium,
        title: "ActiveMQ audit logging off",
        types: ["aws_mq_broker"],
        default_enabled: true,
        covers: [Fsbp "MQ.2", Checkov "CKV_AWS_197", Trivy "AVD-AWS-0070"],
        check: Spec::all(&[attr("logs.0.audit", Is(Bool(true))).default(Bool(false)).risk("management actions on the broker are not logged")])
            .when(&[attr("engine_type", OneOf(&["ActiveMQ", "ACTIVEMQ", "activemq"]))]),
    }
}
