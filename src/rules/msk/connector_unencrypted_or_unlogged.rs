use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_mskconnect_connector` talks to its cluster over TLS and logs its workers:
    /// `kafka_cluster_encryption_in_transit.encryption_type` is `TLS` (unset: `PLAINTEXT`, the
    /// AWS default, which fails), and one of
    /// `log_delivery.worker_log_delivery.{cloudwatch_logs,firehose,s3}.enabled` is `true`
    /// (none set: no logs, which fails). Values known only at apply give Unknown. Off by
    /// default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// A plaintext connection exposes every record the connector copies to anyone on the
    /// network path; without worker logs a failing connector, or one misused, leaves no trace.
    ///
    /// ## Example
    /// ```hcl
    /// kafka_cluster_encryption_in_transit {
    ///   encryption_type = "PLAINTEXT"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// kafka_cluster_encryption_in_transit {
    ///   encryption_type = "TLS"
    /// }
    /// log_delivery {
    ///   worker_log_delivery {
    ///     cloudwatch_logs {
    ///       enabled   = true
    ///       log_group = aws_cloudwatch_log_group.connect.name
    ///     }
    ///   }
    /// }
    /// ```
    pub struct ConnectorUnencryptedOrUnlogged {
        id: "AWS-MSK-007",
        slug: "msk-connector-unencrypted-or-unlogged",
        service: "msk",
        category: "encryption",
        severity: Medium,
        title: "MSK Connect connector without TLS or logging",
        types: ["aws_mskconnect_connector"],
        default_enabled: false,
        covers: [Fsbp "MSK.3", Fsbp "MSK.5"],
        check: Spec {
            when: &[],
            all: &[attr("kafka_cluster_encryption_in_transit.0.encryption_type", Is(Str("TLS"))).default(Str("PLAINTEXT")).risk("records cross the network in plaintext")],
            any: &[
                attr("log_delivery.0.worker_log_delivery.0.cloudwatch_logs.0.enabled", Is(Bool(true))).risk("the connector's workers leave no logs"),
                attr("log_delivery.0.worker_log_delivery.0.firehose.0.enabled", Is(Bool(true))),
                attr("log_delivery.0.worker_log_delivery.0.s3.0.enabled", Is(Bool(true))),
            ],
        },
    }
}
