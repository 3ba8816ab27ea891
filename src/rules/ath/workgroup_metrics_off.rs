use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_athena_workgroup.configuration[0].publish_cloudwatch_metrics_enabled` is `true`.
    /// Unset, AWS's default is `true`: it passes. A value known only at apply is Unknown. Off
    /// by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// The workgroup's CloudWatch metrics are the record of its queries (count, data scanned,
    /// failures): without them unusual activity and runaway costs go unnoticed.
    ///
    /// ## Example
    /// ```hcl
    /// configuration {
    ///   publish_cloudwatch_metrics_enabled = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `publish_cloudwatch_metrics_enabled` (or set it to `true`).
    pub struct WorkgroupMetricsOff {
        id: "AWS-ATH-004",
        slug: "athena-workgroup-metrics-off",
        service: "athena",
        category: "logging",
        severity: Medium,
        title: "Athena workgroup does not publish CloudWatch metrics",
        types: ["aws_athena_workgroup"],
        default_enabled: false,
        covers: [Fsbp "Athena.4"],
        check: Spec::all(&[attr(
            "configuration.0.publish_cloudwatch_metrics_enabled",
            Is(Bool(true)),
        )
        .default(Bool(true))
        .risk("the workgroup's query activity is not recorded in CloudWatch")]),
    }
}
