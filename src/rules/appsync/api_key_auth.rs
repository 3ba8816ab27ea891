use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_appsync_graphql_api` is not authenticated with API keys: neither
    /// `authentication_type` nor any `additional_authentication_provider`'s
    /// `authentication_type` is `API_KEY`. `authentication_type` is required; a value known
    /// only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// An API key is a shared secret shipped to clients: whoever reads it from a web page or
    /// an app calls the API, and nothing identifies or limits the caller.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_appsync_graphql_api" "app" {
    ///   name                = "app"
    ///   authentication_type = "API_KEY"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// authentication_type = "AMAZON_COGNITO_USER_POOLS"
    /// user_pool_config {
    ///   user_pool_id   = aws_cognito_user_pool.users.id
    ///   default_action = "ALLOW"
    /// }
    /// ```
    pub struct ApiKeyAuth {
        id: "AWS-APPSYNC-001",
        slug: "appsync-api-key-auth",
        service: "appsync",
        category: "identity",
        severity: High,
        title: "AppSync GraphQL API authenticated with API keys",
        types: ["aws_appsync_graphql_api"],
        default_enabled: true,
        covers: [Fsbp "AppSync.5"],
        check: Spec::all(&[
            attr("authentication_type", IsNot(Str("API_KEY"))).risk("anyone holding the shared key calls the API"),
            attr("additional_authentication_provider.*.authentication_type", IsNot(Str("API_KEY"))).risk("anyone holding the shared key calls the API"),
        ]),
    }
}
