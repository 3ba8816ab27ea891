use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_globalaccelerator_accelerator` writes flow logs:
    /// `attributes.flow_logs_enabled` is `true`. Unset, it is `false` (AWS default), which
    /// fails. A value known only at apply gives Unknown. Off by default (medium): run it with
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// Flow logs record who connected to the accelerator's anycast addresses; without them an
    /// attack or misuse leaves no trace.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_globalaccelerator_accelerator" "app" {
    ///   name = "app"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// attributes {
    ///   flow_logs_enabled   = true
    ///   flow_logs_s3_bucket = aws_s3_bucket.logs.bucket
    ///   flow_logs_s3_prefix = "ga/"
    /// }
    /// ```
    pub struct FlowLogsOff {
        id: "AWS-GA-001",
        slug: "ga-flow-logs-off",
        service: "globalaccelerator",
        category: "logging",
        severity: Medium,
        title: "Global Accelerator without flow logs",
        types: ["aws_globalaccelerator_accelerator"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_75", Kics "global_accelerator_flow_logs_disabled"],
        check: Spec::all(&[attr("attributes.0.flow_logs_enabled", Is(Bool(true))).default(Bool(false)).risk("connections leave no trace")]),
    }
}
