use crate::model::{Eff, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

const GROUP: &str = "AWSManagedRulesKnownBadInputsRuleSet";

declare_rule! {
    /// ## What it checks
    /// An `aws_wafv2_web_acl` includes the AWS managed rule group
    /// `AWSManagedRulesKnownBadInputsRuleSet` (which blocks Log4Shell, CVE-2021-44228, among
    /// other known bad inputs): some `rule.*.statement.managed_rule_group_statement.name` is
    /// that group, and it blocks: a group with `override_action { count {} }`, or whose Log4j
    /// rules (`Log4JRCE_*`) a `rule_action_override` sets to count or allow, only counts them
    /// and fails. None fails; a rule whose statement or overrides are known only at apply
    /// gives Unknown.
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
                    let mut counting = None;
                    let mut unknown = None;
                    for i in 0..n {
                        let path =
                            format!("rule.{i}.statement.0.managed_rule_group_statement.0.name");
                        match stack.eff(r, &path) {
                            Eff::Known(Val::Str(s)) if s.as_ref() == GROUP => {
                                match blocks(cx, r, i) {
                                    Ok(None) => {
                                        found = Some(i);
                                        break;
                                    }
                                    Ok(Some(why)) => {
                                        counting.get_or_insert(why);
                                    }
                                    Err(why) => {
                                        unknown.get_or_insert(why);
                                    }
                                }
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
                    match (found, unknown, counting) {
                        (Some(i), _, _) => (Status::Pass, format!("rule[{i}] uses {GROUP}")),
                        (None, Some(why), _) => (Status::Unknown, why),
                        (None, None, Some(why)) => (
                            Status::Fail,
                            format!("{why}: Log4Shell payloads are counted, not blocked"),
                        ),
                        (None, None, None) => (
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

/// Whether rule `i` (which uses the group) blocks: Ok(None) when it does, Ok(Some(why)) when
/// the group or its Log4j rules only count (or allow), Err(why) when that is known only at
/// apply.
fn blocks(cx: &Cx, r: &crate::model::Resource, i: usize) -> Result<Option<String>, String> {
    let stack = cx.stack;
    let present = |path: &str| match stack.eff(r, path) {
        Eff::Known(Val::Arr(items)) => Ok(!items.is_empty()),
        Eff::NotSet | Eff::Known(_) => Ok(false),
        e => Err(format!("{path} is {}", unknown_reason(&e))),
    };
    if present(&format!("rule.{i}.override_action.0.count"))? {
        return Ok(Some(format!(
            "rule[{i}] uses {GROUP} with override_action count"
        )));
    }
    let overrides =
        format!("rule.{i}.statement.0.managed_rule_group_statement.0.rule_action_override");
    let n = match stack.eff(r, &overrides) {
        Eff::Known(Val::Arr(items)) => items.len(),
        Eff::NotSet | Eff::Known(_) => 0,
        e => {
            return Err(format!(
                "rule[{i}]'s rule_action_override is {}",
                unknown_reason(&e)
            ))
        }
    };
    for j in 0..n {
        let name = match stack.eff(r, &format!("{overrides}.{j}.name")) {
            Eff::Known(Val::Str(s)) => s.to_string(),
            Eff::NotSet | Eff::Known(_) => continue,
            e => {
                return Err(format!(
                    "rule[{i}]'s rule_action_override[{j}] name is {}",
                    unknown_reason(&e)
                ))
            }
        };
        // The group's Log4j rules: Log4JRCE_HEADER, _QUERYSTRING, _BODY, _URIPATH.
        if !name.to_ascii_lowercase().starts_with("log4jrce") {
            continue;
        }
        for action in ["count", "allow"] {
            if present(&format!("{overrides}.{j}.action_to_use.0.{action}"))? {
                return Ok(Some(format!(
                    "rule[{i}] uses {GROUP} but overrides {name} to {action}"
                )));
            }
        }
    }
    Ok(None)
}
