use crate::model::{Eff, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

const GROUP: &str = "AWSManagedRulesKnownBadInputsRuleSet";

declare_rule! {
    /// ## What it checks
    /// An `aws_wafv2_web_acl` includes the AWS managed rule group
    /// `AWSManagedRulesKnownBadInputsRuleSet` (which blocks Log4Shell, CVE-2021-44228, among
    /// other known bad inputs): some `rule.*.statement.managed_rule_group_statement.name` is
    /// that group. None fails; a rule whose statement is known only at apply gives Unknown.
    /// Off by default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Log4Shell payloads are still sprayed at every public endpoint; the group blocks them
    /// and other request patterns known to exploit common software.
    ///
    /// ## Example
    /// A web ACL whose rules use only `AWSManagedRulesCommonRuleSet`.
    ///
    /// ## Fix
    /// ```hcl
    /// rule {
    ///   name     = "known-bad-inputs"
    ///   priority = 2
    ///   override_action {
    ///     none {}
    ///   }
    ///   statement {
    ///     managed_rule_group_statement {
    ///       name        = "AWSManagedRulesKnownBadInputsRuleSet"
    ///       vendor_name = "AWS"
    ///     }
    ///   }
    ///   visibility_config { ... }
    /// }
    /// ```
    pub struct WebAclWithoutLog4jRules {
        id: "AWS-WAF-005",
        slug: "waf-without-known-bad-inputs",
        service: "wafv2",
        category: "network",
        severity: Medium,
        title: "WAF web ACL without the known bad inputs (Log4j) rule group",
        types: ["aws_wafv2_web_acl"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_192"],
    }
}

impl Rule for WebAclWithoutLog4jRules {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        for (_, r) in cx.live("aws_wafv2_web_acl") {
            let n = match stack.eff(r, "rule") {
                Eff::Known(Val::Arr(items)) => Ok(items.len()),
                Eff::NotSet | Eff::Known(_) => Ok(0),
                e => Err(format!("rule is {}", unknown_reason(&e))),
            };
            let (status, msg) = match n {
                Err(why) => (Status::Unknown, why),
                Ok(n) => {
                    let mut found = None;
                    let mut unknown = None;
                    for i in 0..n {
                        let path =
                            format!("rule.{i}.statement.0.managed_rule_group_statement.0.name");
                        match stack.eff(r, &path) {
                            Eff::Known(Val::Str(s)) if s.as_ref() == GROUP => {
                                found = Some(i);
                                break;
                            }
                            Eff::Known(_) | Eff::NotSet => {}
                            e => {
                                unknown.get_or_insert(format!(
                                    "rule[{i}]'s managed rule group is {}",
                                    unknown_reason(&e)
                                ));
                            }
                        }
                    }
                    match (found, unknown) {
                        (Some(i), _) => (Status::Pass, format!("rule[{i}] uses {GROUP}")),
                        (None, Some(why)) => (Status::Unknown, why),
                        (None, None) => (
                            Status::Fail,
                            format!("no rule uses {GROUP}: Log4Shell and other known exploit payloads are not blocked"),
                        ),
                    }
                }
            };
            cx.report(r, "rule", status, msg);
        }
    }
}
