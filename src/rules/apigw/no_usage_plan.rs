use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Each `aws_api_gateway_rest_api` has an `aws_api_gateway_usage_plan` whose
    /// `api_stages[*].api_id` points at it (by reference across modules, or by known ID). A usage
    /// plan whose stages cannot be followed gives Unknown. Off by default; enable it in
    /// tfaudit.toml.
    ///
    /// ## Why it matters
    /// Without a usage plan there is no per-client throttling or quota: one client's retry loop
    /// consumes the account's shared API Gateway limit for every API.
    ///
    /// ## Example
    /// A public REST API with API keys required and no usage plan.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_api_gateway_usage_plan" "default" {
    ///   name = "default"
    ///   api_stages {
    ///     api_id = aws_api_gateway_rest_api.api.id
    ///     stage  = aws_api_gateway_stage.prod.stage_name
    ///   }
    ///   throttle_settings {
    ///     rate_limit  = 50
    ///     burst_limit = 100
    ///   }
    /// }
    /// ```
    pub struct NoUsagePlan {
        id: "AWS-APIGW-002",
        slug: "rest-api-without-usage-plan",
        service: "apigateway",
        category: "reliability",
        severity: Low,
        title: "REST API without a usage plan",
        types: ["aws_api_gateway_rest_api", "aws_api_gateway_usage_plan"],
        default_enabled: false,
    }
}

impl Rule for NoUsagePlan {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, api) in cx.live("aws_api_gateway_rest_api") {
            let (status, msg) = cx.partner_verdict(
                id,
                &[("aws_api_gateway_usage_plan", "api_stages")],
                "in usage plan",
                "no usage plan covers this API",
            );
            cx.report(api, "", status, msg);
        }
    }
}
