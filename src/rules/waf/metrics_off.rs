use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_wafv2_web_acl` or `aws_wafv2_rule_group` sends CloudWatch metrics, for itself
    /// and for each of its rules: `visibility_config.cloudwatch_metrics_enabled` and
    /// `rule.*.visibility_config.cloudwatch_metrics_enabled` are `true` (the blocks are
    /// required). Values known only at apply give Unknown. Off by default (medium): run it
    /// with `--profile strict`.
    ///
    /// ## Why it matters
    /// Without metrics, nobody sees a rule suddenly blocking legitimate traffic, or an attack
    /// ramping up.
    ///
    /// ## Example
    /// ```hcl
    /// visibility_config {
    ///   cloudwatch_metrics_enabled = false
    ///   metric_name                = "api"
    ///   sampled_requests_enabled   = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// cloudwatch_metrics_enabled = true
    /// ```
    pub struct MetricsOff {
        id: "AWS-WAF-004",
        slug: "waf-metrics-off",
        service: "wafv2",
        category: "monitoring",
        severity: Medium,
        title: "WAF web ACL or rule without CloudWatch metrics",
        types: ["aws_wafv2_web_acl", "aws_wafv2_rule_group"],
        default_enabled: false,
        covers: [Fsbp "WAF.12"],
        check: Spec::all(&[
            attr("visibility_config.0.cloudwatch_metrics_enabled", Is(Bool(true))).risk("its matches are not counted in CloudWatch"),
            attr("rule.*.visibility_config.0.cloudwatch_metrics_enabled", Is(Bool(true))).risk("the rule's matches are not counted in CloudWatch"),
        ]),
    }
}
