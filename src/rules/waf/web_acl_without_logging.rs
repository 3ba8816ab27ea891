use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

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
    }
}

impl Rule for WebAclWithoutLogging {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_wafv2_web_acl") {
            let p = cx.partners(
                id,
                "aws_wafv2_web_acl_logging_configuration",
                "resource_arn",
            );
            let (status, msg) = match (p.found.first(), p.unresolved.first()) {
                (Some(e), _) => (Status::Pass, format!("logged by {}", cx.address(e.from))),
                (None, Some(u)) => (
                    Status::Unknown,
                    format!(
                        "no logging found, but the resource_arn of {} cannot be followed: {}",
                        cx.address(u.from),
                        u.reason
                    ),
                ),
                (None, None) => (
                    Status::Fail,
                    "no aws_wafv2_web_acl_logging_configuration for this web ACL".to_string(),
                ),
            };
            cx.report(r, "", status, msg);
        }
    }
}
