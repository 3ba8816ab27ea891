use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_api_gateway_method_settings` enables detailed CloudWatch metrics:
    /// `settings.metrics_enabled` is `true`. Unset, it is `false` (AWS default), which fails.
    /// A value known only at apply gives Unknown. Off by default (medium): run it with
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// Per-method metrics (latency, 4xx and 5xx counts) are what alarms need to notice an
    /// attack, a broken deployment or an abusive client.
    ///
    /// ## Example
    /// ```hcl
    /// settings {
    ///   logging_level = "ERROR"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// settings {
    ///   metrics_enabled = true
    /// }
    /// ```
    pub struct MetricsOff {
        id: "AWS-APIGW-014",
        slug: "apigw-metrics-off",
        service: "apigateway",
        category: "monitoring",
        severity: Medium,
        title: "API Gateway method metrics disabled",
        types: ["aws_api_gateway_method_settings"],
        default_enabled: false,
        covers: [Kics "cloudwatch_metrics_disabled"],
        check: Spec::all(&[attr("settings.0.metrics_enabled", Is(Bool(true))).default(Bool(false)).risk("no per-method metrics to alarm on")]),
    }
}
