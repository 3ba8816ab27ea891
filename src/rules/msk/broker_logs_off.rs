use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_msk_cluster` delivers broker logs: in `logging_info.broker_logs`, at least one of
    /// `cloudwatch_logs`, `firehose` or `s3` has `enabled = true`. Unset, no broker logs are
    /// delivered. Values known only at apply give Unknown.
    ///
    /// ## Why it matters
    /// Broker logs show authentication failures, ACL denials, client connections and broker
    /// errors: the trail of an intrusion and the first place to look in an outage.
    ///
    /// ## Example
    /// A cluster without a `logging_info` block.
    ///
    /// ## Fix
    /// ```hcl
    /// logging_info {
    ///   broker_logs {
    ///     cloudwatch_logs {
    ///       enabled   = true
    ///       log_group = aws_cloudwatch_log_group.msk.name
    ///     }
    ///   }
    /// }
    /// ```
    pub struct BrokerLogsOff {
        id: "AWS-MSK-003",
        slug: "msk-broker-logs-off",
        service: "msk",
        category: "logging",
        severity: Medium,
        title: "MSK broker logs not delivered",
        types: ["aws_msk_cluster"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_80", Trivy "AVD-AWS-0074", Kics "msk_cluster_logging_disabled"],
        check: Spec::any(&[
            attr("logging_info.0.broker_logs.0.cloudwatch_logs.0.enabled", Is(Bool(true))).default(Bool(false)).risk("broker logs are not delivered"),
            attr("logging_info.0.broker_logs.0.firehose.0.enabled", Is(Bool(true))).default(Bool(false)),
            attr("logging_info.0.broker_logs.0.s3.0.enabled", Is(Bool(true))).default(Bool(false)),
        ]),
    }
}
