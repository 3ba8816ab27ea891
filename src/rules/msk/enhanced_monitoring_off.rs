use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_msk_cluster` has enhanced monitoring: `enhanced_monitoring` is `PER_BROKER`,
    /// `PER_TOPIC_PER_BROKER` or `PER_TOPIC_PER_PARTITION`. Unset, MSK uses `DEFAULT`
    /// (cluster-level metrics only), which fails. A value known only at apply gives Unknown.
    /// Off by default (low): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Broker- and topic-level metrics (disk use, under-replicated partitions, consumer lag)
    /// are what show a failing broker or a stalled consumer before it turns into an outage.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_msk_cluster" "events" {
    ///   cluster_name = "events"
    ///   # enhanced_monitoring not set
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// enhanced_monitoring = "PER_BROKER"
    /// ```
    pub struct EnhancedMonitoringOff {
        id: "AWS-MSK-006",
        slug: "msk-enhanced-monitoring-off",
        service: "msk",
        category: "monitoring",
        severity: Low,
        title: "MSK cluster without enhanced monitoring",
        types: ["aws_msk_cluster"],
        default_enabled: false,
        covers: [],
        check: Spec::all(&[attr("enhanced_monitoring", OneOf(&["PER_BROKER", "PER_TOPIC_PER_BROKER", "PER_TOPIC_PER_PARTITION"])).default(Str("DEFAULT")).risk("only cluster-level metrics are collected")]),
    }
}
