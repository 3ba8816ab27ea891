use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// API Gateway stages write access logs: `aws_api_gateway_stage` (REST) and
    /// `aws_apigatewayv2_stage` (HTTP and WebSocket) have an `access_log_settings` block with a
    /// `destination_arn`. Unset, API Gateway writes no access logs. A log group or stream
    /// created in the same plan counts as set; a value that cannot be followed gives Unknown.
    /// Stages made implicitly by `aws_api_gateway_deployment.stage_name` cannot carry access
    /// log settings and are not judged here.
    ///
    /// ## Why it matters
    /// Access logs record who called the API, from where, with which identity and what it
    /// answered. Without them abuse of an API leaves no trace.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_api_gateway_stage" "prod" {
    ///   rest_api_id   = aws_api_gateway_rest_api.api.id
    ///   deployment_id = aws_api_gateway_deployment.api.id
    ///   stage_name    = "prod"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// access_log_settings {
    ///   destination_arn = aws_cloudwatch_log_group.api.arn
    ///   format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp" })
    /// }
    /// ```
    pub struct AccessLoggingOff {
        id: "AWS-APIGW-004",
        slug: "api-stage-access-logging-off",
        service: "apigateway",
        category: "logging",
        severity: Medium,
        title: "API stage access logging off",
        types: ["aws_api_gateway_stage", "aws_apigatewayv2_stage"],
        default_enabled: true,
        covers: [Fsbp "APIGateway.9", Checkov "CKV_AWS_76", Trivy "AVD-AWS-0001", Kics "api_gateway_access_logging_disabled"],
        check: Spec::all(&[attr("access_log_settings.0.destination_arn", Set).risk("calls to the API are not logged")]),
    }
}
