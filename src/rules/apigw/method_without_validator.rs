use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_api_gateway_method` names a request validator: `request_validator_id` is set
    /// (a validator of the plan counts). Unset, API Gateway passes requests to the
    /// integration unvalidated (AWS default), which fails. A value known only at apply gives
    /// Unknown. Off by default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// A validator rejects requests whose parameters or body do not match the model before
    /// they reach the backend, which then sees less malformed and malicious input.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_api_gateway_method" "post" {
    ///   http_method   = "POST"
    ///   authorization = "AWS_IAM"
    ///   # no request_validator_id
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// request_validator_id = aws_api_gateway_request_validator.body.id
    /// ```
    pub struct MethodWithoutValidator {
        id: "AWS-APIGW-016",
        slug: "apigw-method-without-validator",
        service: "apigateway",
        category: "correctness",
        severity: Medium,
        title: "API Gateway method without request validation",
        types: ["aws_api_gateway_method"],
        default_enabled: false,
        covers: [Checkov "CKV2_AWS_53"],
        check: Spec::all(&[attr("request_validator_id", Set).risk("unvalidated requests reach the backend")]),
    }
}
