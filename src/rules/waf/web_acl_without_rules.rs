use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// A WAF web ACL, rule group or classic rule is not empty: an `aws_wafv2_web_acl` or
    /// `aws_wafv2_rule_group` has a `rule`; a classic `aws_waf_web_acl` has `rules`, an
    /// `aws_wafregional_web_acl` a `rule`; a classic rule group (`aws_waf_rule_group`,
    /// `aws_wafregional_rule_group`) an `activated_rule`; a classic rule (`aws_waf_rule`,
    /// `aws_wafregional_rule`) a predicate (`predicates` / `predicate`). None fails (AWS
    /// default: empty). Values known only at apply give Unknown. Off by default (medium):
    /// run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// An empty web ACL applies only its default action to every request: it looks like
    /// protection and inspects nothing.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_wafv2_web_acl" "api" {
    ///   name  = "api"
    ///   scope = "REGIONAL"
    ///   default_action {
    ///     allow {}
    ///   }
    ///   visibility_config { ... }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add rules, for example an AWS managed rule group:
    /// ```hcl
    /// rule {
    ///   name     = "common"
    ///   priority = 1
    ///   override_action {
    ///     none {}
    ///   }
    ///   statement {
    ///     managed_rule_group_statement {
    ///       name        = "AWSManagedRulesCommonRuleSet"
    ///       vendor_name = "AWS"
    ///     }
    ///   }
    ///   visibility_config { ... }
    /// }
    /// ```
    pub struct WebAclWithoutRules {
        id: "AWS-WAF-003",
        slug: "waf-without-rules",
        service: "wafv2",
        category: "network",
        severity: Medium,
        title: "WAF web ACL, rule group or rule is empty",
        types: ["aws_wafv2_web_acl", "aws_wafv2_rule_group", "aws_waf_web_acl", "aws_wafregional_web_acl", "aws_waf_rule_group", "aws_wafregional_rule_group", "aws_waf_rule", "aws_wafregional_rule"],
        default_enabled: false,
        covers: [Fsbp "WAF.10" in ["aws_wafv2_web_acl"], Fsbp "WAF.8" in ["aws_waf_web_acl"], Fsbp "WAF.4" in ["aws_wafregional_web_acl"], Fsbp "WAF.7" in ["aws_waf_rule_group"], Fsbp "WAF.3" in ["aws_wafregional_rule_group"], Fsbp "WAF.6" in ["aws_waf_rule"], Fsbp "WAF.2" in ["aws_wafregional_rule"], Checkov "CKV_AWS_175" in ["aws_wafv2_web_acl", "aws_waf_web_acl", "aws_wafregional_web_acl"]],
        check: Spec::all(&[
            attr("rule", Set).on(&["aws_wafv2_web_acl", "aws_wafv2_rule_group", "aws_wafregional_web_acl"]).risk("it inspects nothing"),
            attr("rules", Set).on(&["aws_waf_web_acl"]).risk("it inspects nothing"),
            attr("activated_rule", Set).on(&["aws_waf_rule_group", "aws_wafregional_rule_group"]).risk("it inspects nothing"),
            attr("predicates", Set).on(&["aws_waf_rule"]).risk("the rule matches nothing"),
            attr("predicate", Set).on(&["aws_wafregional_rule"]).risk("the rule matches nothing"),
        ]),
    }
}
