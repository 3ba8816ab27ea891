use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_mq_broker` sets `publicly_accessible = false`. Unset, the default is `false`. A
    /// value known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// A public broker has an internet-resolvable endpoint: its console and messaging ports are
    /// exposed to password guessing and to every vulnerability of the broker engine.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_mq_broker" "jobs" {
    ///   # ...
    ///   publicly_accessible = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `publicly_accessible` (or set it to `false`) and place the broker in private
    /// subnets.
    pub struct BrokerPublic {
        id: "AWS-MQ-001",
        slug: "mq-broker-public",
        service: "mq",
        category: "network",
        severity: High,
        title: "MQ broker publicly accessible",
        types: ["aws_mq_broker"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_69", Trivy "AVD-AWS-0072", Kics "mq_broker_is_publicly_accessible"],
        check: Spec::all(&[attr("publicly_accessible", Is(Bool(false))).default(Bool(false)).risk("the broker is reachable from the internet")]),
    }
}
