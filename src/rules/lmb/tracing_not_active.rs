use crate::rules::attr::{attr, judge, Expect::Is, Lit::Str, Test};
use crate::rules::{declare_rule, Cx, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_lambda_function.tracing_config[0].mode` is `Active`. The plan shows `tracing_config`
    /// as unknown when the configuration does not set it; that is `PassThrough` (no traces of
    /// the function's own), so it fails. A mode set from an expression the plan cannot follow
    /// is Unknown.
    ///
    /// ## Why it matters
    /// Without active tracing the function's segment is missing from X-Ray: latency and errors
    /// inside it cannot be told from those of its callers and downstream services.
    ///
    /// ## Example
    /// A function without a `tracing_config` block.
    ///
    /// ## Fix
    /// ```hcl
    /// tracing_config {
    ///   mode = "Active"
    /// }
    /// ```
    /// and allow `xray:PutTraceSegments` / `xray:PutTelemetryRecords` to the role
    /// (`AWSXRayDaemonWriteAccess`).
    pub struct TracingNotActive {
        id: "AWS-LMB-003",
        slug: "lambda-tracing-not-active",
        service: "lambda",
        category: "monitoring",
        severity: Medium,
        title: "Lambda X-Ray tracing not active",
        types: ["aws_lambda_function"],
        default_enabled: true,
        covers: [Fsbp "Lambda.7", Checkov "CKV_AWS_50", Trivy "AVD-AWS-0066", Kics "lambda_functions_without_x-ray_tracing"],
        check: Spec::all(&[TRACING]),
    }
}

/// Whether a function traces actively: Some(true/false), or Err with why it is unknown.
/// Tracing is on when the mode is `Active`; unset, Lambda's default is `PassThrough`.
pub const TRACING: Test =
    attr("tracing_config.0.mode", Is(Str("Active"))).default(Str("PassThrough"));

/// Whether a function traces its invocations (Err: unknown, with why).
pub fn active(cx: &Cx, r: &crate::model::Resource) -> Result<bool, String> {
    let v = judge(cx, r, &TRACING);
    match v.status {
        Status::Pass => Ok(true),
        Status::Fail => Ok(false),
        Status::Unknown => Err(v.message),
    }
}
