use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_api_gateway_stage` (REST) sets `xray_tracing_enabled = true`. Unset, the default
    /// is `false`. A value known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// Without tracing, API Gateway's part of a request — authorizer, integration latency,
    /// throttling — is missing from X-Ray, and slow or failing calls cannot be followed into
    /// the backend.
    ///
    /// ## Example
    /// A stage without `xray_tracing_enabled`.
    ///
    /// ## Fix
    /// ```hcl
    /// xray_tracing_enabled = true
    /// ```
    pub struct XrayOff {
        id: "AWS-APIGW-011",
        slug: "api-stage-xray-off",
        service: "apigateway",
        category: "monitoring",
        severity: Low,
        title: "API stage X-Ray tracing off",
        types: ["aws_api_gateway_stage"],
        default_enabled: true,
        covers: [Fsbp "APIGateway.3", Checkov "CKV_AWS_73", Trivy "AVD-AWS-0003", Kics "api_gateway_xray_disabled"],
        check: Spec::all(&[attr("xray_tracing_enabled", Is(Bool(true))).default(Bool(false)).risk("requests through the stage are not traced")]),
    }
}
