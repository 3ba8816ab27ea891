use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_sfn_state_machine` has X-Ray tracing: `tracing_configuration.enabled` is
    /// `true`. Unset, it is `false` (AWS default), which fails. A value known only at apply
    /// gives Unknown. Off by default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Traces show which state and which downstream call failed or slowed an execution.
    ///
    /// ## Example
    /// A state machine without `tracing_configuration`.
    ///
    /// ## Fix
    /// ```hcl
    /// tracing_configuration {
    ///   enabled = true
    /// }
    /// ```
    pub struct XrayOff {
        id: "AWS-SFN-002",
        slug: "sfn-xray-off",
        service: "stepfunctions",
        category: "monitoring",
        severity: Medium,
        title: "Step Functions state machine without X-Ray tracing",
        types: ["aws_sfn_state_machine"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_284"],
        check: Spec::all(&[attr("tracing_configuration.0.enabled", Is(Bool(true))).default(Bool(false)).risk("executions are not traced")]),
    }
}
