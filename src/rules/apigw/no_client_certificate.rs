use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_api_gateway_stage` (REST) sets `client_certificate_id`, so that its backend can
    /// check that calls come from API Gateway. Unset, API Gateway presents no client
    /// certificate. A certificate created in the same plan counts as set; a value that cannot be
    /// followed gives Unknown.
    ///
    /// ## Why it matters
    /// Without a client certificate an HTTP backend cannot tell API Gateway's calls from anyone
    /// else's: whoever finds the backend's address bypasses the API's authorization, throttling
    /// and WAF.
    ///
    /// ## Example
    /// A stage without `client_certificate_id`.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_api_gateway_client_certificate" "backend" {}
    ///
    /// resource "aws_api_gateway_stage" "prod" {
    ///   # ...
    ///   client_certificate_id = aws_api_gateway_client_certificate.backend.id
    /// }
    /// ```
    /// and have the backend require it.
    pub struct NoClientCertificate {
        id: "AWS-APIGW-006",
        slug: "api-stage-without-client-certificate",
        service: "apigateway",
        category: "network",
        severity: Medium,
        title: "API stage without a client certificate",
        types: ["aws_api_gateway_stage"],
        default_enabled: true,
        covers: [Fsbp "APIGateway.2", Checkov "CKV2_AWS_51", Kics "api_gateway_without_ssl_certificate"],
        check: Spec::all(&[attr("client_certificate_id", Set).risk("the backend cannot tell API Gateway's calls from others")]),
    }
}
