use crate::rules::judge::policy_all_actions_public;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// A REST API's resource policy (`aws_api_gateway_rest_api_policy`, or the `policy` of an
    /// `aws_api_gateway_rest_api`) does not allow every action (`"*"` or `"execute-api:*"`) to
    /// any principal (`"*"`, `{"AWS": "*"}`, any account's root, or a `NotPrincipal`) without a
    /// condition restricting the account, organisation, source or network. Allowing only
    /// `execute-api:Invoke` to everyone (a public API) passes. The policy is read from JSON
    /// text or an `aws_iam_policy_document` of the plan; statements known only at apply give
    /// Unknown; no policy passes. Off by default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// `execute-api:*` to everyone grants more than invocation (cache invalidation,
    /// management connections of WebSocket APIs) to anyone on the internet.
    ///
    /// ## Example
    /// ```hcl
    /// policy = jsonencode({
    ///   Version   = "2012-10-17"
    ///   Statement = [{ Effect = "Allow", Principal = "*", Action = "execute-api:*", Resource = "*" }]
    /// })
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// Action = "execute-api:Invoke"
    /// ```
    pub struct PolicyAllActions {
        id: "AWS-APIGW-015",
        slug: "apigw-policy-all-actions",
        service: "apigateway",
        category: "access-control",
        severity: Medium,
        title: "API Gateway resource policy allows all actions to any principal",
        types: ["aws_api_gateway_rest_api_policy", "aws_api_gateway_rest_api"],
        default_enabled: false,
        covers: [Kics "rest_api_with_vulnerable_policy"],
    }
}

impl Rule for PolicyAllActions {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for rtype in [
            "aws_api_gateway_rest_api_policy",
            "aws_api_gateway_rest_api",
        ] {
            for (_, r) in cx.live(rtype) {
                let (status, msg) = policy_all_actions_public(cx, r, "policy", "execute-api");
                cx.report(r, "policy", status, msg);
            }
        }
    }
}
