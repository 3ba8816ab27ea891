use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_msk_cluster` encrypts in transit:
    /// `encryption_info.encryption_in_transit.client_broker` is `TLS` (not `TLS_PLAINTEXT` or
    /// `PLAINTEXT`) and `encryption_info.encryption_in_transit.in_cluster` is `true`. Unset,
    /// MSK's defaults are `TLS` and `true`, which pass. Values known only at apply give
    /// Unknown.
    ///
    /// ## Why it matters
    /// Kafka traffic carries the records themselves; plaintext listeners let anyone in the
    /// network path read and inject them, and SASL/SCRAM credentials are only safe over TLS.
    ///
    /// ## Example
    /// ```hcl
    /// encryption_info {
    ///   encryption_in_transit {
    ///     client_broker = "TLS_PLAINTEXT"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// encryption_info {
    ///   encryption_in_transit {
    ///     client_broker = "TLS"
    ///     in_cluster    = true
    ///   }
    /// }
    /// ```
    pub struct InTransitNotTls {
        id: "AWS-MSK-001",
        slug: "msk-in-transit-not-tls",
        service: "msk",
        category: "encryption",
        severity: High,
        title: "MSK traffic not encrypted in transit",
        types: ["aws_msk_cluster"],
        default_enabled: true,
        covers: [Fsbp "MSK.1", Trivy "AVD-AWS-0073"],
        check: Spec::all(&[
            attr("encryption_info.0.encryption_in_transit.0.client_broker", Is(Str("TLS"))).default(Str("TLS")).risk("clients can talk to brokers in plaintext"),
            attr("encryption_info.0.encryption_in_transit.0.in_cluster", Is(Bool(true))).default(Bool(true)).risk("brokers replicate in plaintext"),
        ]),
    }
}
