use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// An `aws_appsync_graphql_api` is protected by a WAF web ACL: an
    /// `aws_wafv2_web_acl_association` of the plan has the API's ARN as its `resource_arn`.
    /// None fails (an association made outside this configuration cannot be seen); an
    /// association whose `resource_arn` cannot be followed gives Unknown. Off by default
    /// (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// WAF rate limits and managed rules stop floods, injection attempts and known bad
    /// inputs before they reach the resolvers.
    ///
    /// ## Example
    /// A GraphQL API without an `aws_wafv2_web_acl_association`.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_wafv2_web_acl_association" "app" {
    ///   resource_arn = aws_appsync_graphql_api.app.arn
    ///   web_acl_arn  = aws_wafv2_web_acl.api.arn
    /// }
    /// ```
    pub struct WithoutWaf {
        id: "AWS-APPSYNC-004",
        slug: "appsync-without-waf",
        service: "appsync",
        category: "network",
        severity: Medium,
        title: "AppSync GraphQL API without WAF",
        types: ["aws_appsync_graphql_api", "aws_wafv2_web_acl_association"],
        default_enabled: false,
        covers: [Checkov "CKV2_AWS_33"],
    }
}

impl Rule for WithoutWaf {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_appsync_graphql_api") {
            let (status, msg) = cx.partner_verdict(
                id,
                &[("aws_wafv2_web_acl_association", "resource_arn")],
                "web ACL associated by",
                "no WAF web ACL association references the API: requests reach it unfiltered",
            );
            cx.report(r, "", status, msg);
        }
    }
}
