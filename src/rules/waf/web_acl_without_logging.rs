use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Every `aws_wafv2_web_acl` is the `resource_arn` of an
    /// `aws_wafv2_web_acl_logging_configuration` (followed across modules).
    ///
    /// ## Why it matters
    /// Without logs, blocked attacks and false positives alike are invisible: nobody can tune
    /// the rules or investigate an incident.
    ///
    /// ## Example
    /// A web ACL and no logging configuration.
    ///
    /// ## Fix
    /// Add an `aws_wafv2_web_acl_logging_configuration` to a log group named `aws-waf-logs-*`
    /// (or Firehose, or S3).
    pub struct WebAclWithoutLogging {
        id: "AWS-WAF-001",
        slug: "waf-web-acl-without-logging",
        service: "wafv2",
        category: "logging",
        severity: High,
        title: "WAFv2 web ACL without logging",
        types: ["aws_wafv2_web_acl", "aws_wafv2_web_acl_logging_configuration"],
        default_enabled: true,
        covers: [Fsbp "WAF.11", Checkov "CKV2_AWS_31"],
    }
}

impl Rule for WebAclWithoutLogging {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_wafv2_web_acl") {
            let (status, msg) = cx.partner_verdict(
                id,
                &[("aws_wafv2_web_acl_logging_configuration", "resource_arn")],
                "logged by",
                "no aws_wafv2_web_acl_logging_configuration for this web ACL",
            );
            cx.report(r, "", status, msg);
        }
    }
}
