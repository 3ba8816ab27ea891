use crate::model::Eff;
use crate::model::Val;
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

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
    }
}

/// Whether a function traces actively: Some(true/false), or Err with why it is unknown.
pub fn active(cx: &Cx, r: &crate::model::Resource) -> Result<bool, String> {
    match cx.stack.eff(r, "tracing_config.0.mode") {
        Eff::Known(Val::Str(m)) => Ok(m == "Active"),
        Eff::Known(_) | Eff::NotSet => Ok(false),
        e => Err(unknown_reason(&e)),
    }
}

impl Rule for TracingNotActive {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_lambda_function") {
            let (status, msg) = match active(cx, r) {
                Ok(true) => (Status::Pass, "tracing mode Active".to_string()),
                Ok(false) => (
                    Status::Fail,
                    "tracing mode is PassThrough (not Active)".to_string(),
                ),
                Err(why) => (Status::Unknown, format!("tracing mode is {why}")),
            };
            cx.report(r, "tracing_config", status, msg);
        }
    }
}
