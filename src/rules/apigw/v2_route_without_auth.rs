use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_apigatewayv2_route` (HTTP or WebSocket API) specifies an authorization type:
    /// `authorization_type` is `AWS_IAM`, `JWT` or `CUSTOM`. Unset, it is `NONE` (AWS
    /// default), which fails, as AWS Security Hub's APIGateway.8 does. WebSocket APIs accept
    /// authorization on `$connect` only, so their other routes fail too: the connection is
    /// what is authorised. A value known only at apply gives Unknown. Off by default (medium):
    /// run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// A route without authorization runs its integration for anyone who can reach the API's
    /// endpoint.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_apigatewayv2_route" "orders" {
    ///   api_id    = aws_apigatewayv2_api.http.id
    ///   route_key = "GET /orders"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// authorization_type = "JWT"
    /// authorizer_id      = aws_apigatewayv2_authorizer.cognito.id
    /// ```
    pub struct V2RouteWithoutAuth {
        id: "AWS-APIGW-012",
        slug: "apigw-v2-route-without-auth",
        service: "apigateway",
        category: "access-control",
        severity: Medium,
        title: "API Gateway v2 route without authorization",
        types: ["aws_apigatewayv2_route"],
        default_enabled: false,
        covers: [Fsbp "APIGateway.8", Checkov "CKV_AWS_309"],
        check: Spec::all(&[attr("authorization_type", IsNot(Str("NONE"))).default(Str("NONE")).risk("anyone who reaches the API runs the route")]),
    }
}
