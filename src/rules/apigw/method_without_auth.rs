use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_api_gateway_method` other than `OPTIONS` has an `authorization` other than
    /// `NONE` (IAM, a Cognito or Lambda authorizer) or requires an API key
    /// (`api_key_required = true`; unset, `false`). `OPTIONS` methods answer CORS pre-flight
    /// requests, which carry no credentials, and are not judged. Values known only at apply
    /// give Unknown.
    ///
    /// ## Why it matters
    /// A method with neither is callable by anyone on the internet who finds the URL; every
    /// call reaches the integration and is billed.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_api_gateway_method" "get" {
    ///   rest_api_id   = aws_api_gateway_rest_api.api.id
    ///   resource_id   = aws_api_gateway_resource.items.id
    ///   http_method   = "GET"
    ///   authorization = "NONE"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// authorization = "AWS_IAM"
    /// ```
    /// or a Cognito/Lambda authorizer (`COGNITO_USER_POOLS`, `CUSTOM` with `authorizer_id`), or
    /// `api_key_required = true` with a usage plan.
    pub struct MethodWithoutAuth {
        id: "AWS-APIGW-008",
        slug: "api-method-without-authorization",
        service: "apigateway",
        category: "access-control",
        severity: Medium,
        title: "API method without authorization or API key",
        types: ["aws_api_gateway_method"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_59", Checkov "CKV2_AWS_70", Trivy "AVD-AWS-0004", Kics "api_gateway_with_open_access", Kics "api_gateway_method_does_not_contains_an_api_key"],
        check: Spec::any(&[
            attr("authorization", NoneOf(&["NONE"])).risk("anyone can call the method"),
            attr("api_key_required", Is(Bool(true))).default(Bool(false)),
        ])
        .when(&[attr("http_method", NoneOf(&["OPTIONS"]))]),
    }
}
