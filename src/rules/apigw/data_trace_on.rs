use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_api_gateway_method_settings` leaves data tracing off:
    /// `settings.data_trace_enabled` is `false` (unset: `false`, the AWS default). `true`
    /// fails. A value known only at apply gives Unknown. Off by default (medium): run it with
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// Data tracing writes full requests and responses, with their tokens, passwords and
    /// personal data, to CloudWatch Logs, where everyone allowed to read the logs sees them.
    ///
    /// ## Example
    /// ```hcl
    /// settings {
    ///   data_trace_enabled = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// settings {
    ///   data_trace_enabled = false
    ///   logging_level      = "ERROR"
    /// }
    /// ```
    pub struct DataTraceOn {
        id: "AWS-APIGW-013",
        slug: "apigw-data-trace-on",
        service: "apigateway",
        category: "data-exposure",
        severity: Medium,
        title: "API Gateway data tracing enabled",
        types: ["aws_api_gateway_method_settings"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_276"],
        check: Spec::all(&[attr("settings.0.data_trace_enabled", Is(Bool(false))).default(Bool(false)).risk("full request and response bodies are written to CloudWatch Logs")]),
    }
}
