use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// An `aws_api_gateway_stage` (REST) is protected by a WAF web ACL: an
    /// `aws_wafv2_web_acl_association` (or a WAF Classic regional
    /// `aws_wafregional_web_acl_association`) whose `resource_arn` references the stage.
    /// Associations made outside this configuration cannot be seen: such a stage fails.
    /// Unknown when an association's `resource_arn` cannot be followed at plan time.
    ///
    /// ## Why it matters
    /// A web ACL filters common exploits (SQL injection, cross-site scripting, known bad
    /// inputs) and rate-limits abusive clients before they reach the backend.
    ///
    /// ## Example
    /// A stage and no web ACL association for it.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_wafv2_web_acl_association" "api" {
    ///   resource_arn = aws_api_gateway_stage.prod.arn
    ///   web_acl_arn  = aws_wafv2_web_acl.api.arn
    /// }
    /// ```
    pub struct StageWithoutWaf {
        id: "AWS-APIGW-010",
        slug: "api-stage-without-waf",
        service: "apigateway",
        category: "network",
        severity: Medium,
        title: "API stage without a WAF web ACL",
        types: ["aws_api_gateway_stage", "aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association"],
        default_enabled: true,
        covers: [Fsbp "APIGateway.4", Checkov "CKV2_AWS_29", Kics "api_gateway_without_waf"],
    }
}

impl Rule for StageWithoutWaf {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stages: Vec<_> = cx.live("aws_api_gateway_stage").collect();
        for (id, r) in stages {
            let (status, msg) = cx.partner_verdict(
                id,
                &[
                    ("aws_wafv2_web_acl_association", "resource_arn"),
                    ("aws_wafregional_web_acl_association", "resource_arn"),
                ],
                "web ACL associated by",
                "no WAF web ACL association references the stage: requests reach the API unfiltered",
            );
            cx.report(r, "", status, msg);
        }
    }
}
