use crate::model::Val;
use crate::model::{Eff, ResId, Resource};
use crate::rules::{declare_rule, tri_bool, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An internet-facing application load balancer (`aws_lb`/`aws_alb` with
    /// `load_balancer_type` unset or `application`, and `internal` not true) is the
    /// `resource_arn` of an `aws_wafv2_web_acl_association` (or a WAF Classic regional
    /// association), found through the configuration across modules.
    ///
    /// ## Why it matters
    /// The load balancer is the front door: without a web ACL, injection, scanners and
    /// request floods reach the application unfiltered.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lb" "web" {
    ///   load_balancer_type = "application"
    ///   internal           = false
    ///   subnets            = aws_subnet.public[*].id
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_wafv2_web_acl_association" "web" {
    ///   resource_arn = aws_lb.web.arn
    ///   web_acl_arn  = aws_wafv2_web_acl.main.arn
    /// }
    /// ```
    pub struct AlbWithoutWaf {
        id: "AWS-WAF-002",
        slug: "internet-facing-alb-without-waf",
        service: "wafv2",
        category: "network",
        severity: High,
        title: "Internet-facing ALB without WAF",
        types: ["aws_lb", "aws_alb", "aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association"],
        default_enabled: true,
        covers: [Checkov "CKV2_AWS_28"],
    }
}

const ASSOCIATIONS: [&str; 2] = [
    "aws_wafv2_web_acl_association",
    "aws_wafregional_web_acl_association",
];

/// Whether a load balancer is an application load balancer; None when unknown.
pub fn is_application(cx: &Cx, r: &Resource) -> Option<bool> {
    match cx.stack.eff(r, "load_balancer_type") {
        Eff::Known(Val::Str(t)) => Some(t.as_ref() == "application"),
        Eff::Known(_) | Eff::NotSet => Some(true),
        _ => None,
    }
}

impl Rule for AlbWithoutWaf {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let lbs: Vec<(ResId, &Resource)> = cx.live("aws_lb").chain(cx.live("aws_alb")).collect();
        for (id, r) in lbs {
            if is_application(cx, r) == Some(false) {
                continue;
            }
            let internal_e = cx.stack.eff(r, "internal");
            let internal = tri_bool(&internal_e, false);
            if internal == Some(true) {
                continue;
            }
            let mut found = None;
            let mut unresolved = None;
            for t in ASSOCIATIONS {
                let p = cx.partners(id, t, "resource_arn");
                found = found.or(p.found.first().map(|e| e.from));
                unresolved =
                    unresolved.or(p.unresolved.first().map(|u| (u.from, u.reason.clone())));
            }
            let (status, msg) = match (found, unresolved, internal) {
                (Some(a), _, _) => (Status::Pass, format!("web ACL associated by {}", cx.address(a))),
                (None, Some((a, why)), _) => (
                    Status::Unknown,
                    format!("no web ACL association found, but the resource_arn of {} cannot be followed: {why}", cx.address(a)),
                ),
                (None, None, None) => (
                    Status::Unknown,
                    format!("no web ACL association; whether it is internal is {}", unknown_reason(&internal_e)),
                ),
                (None, None, _) => (
                    Status::Fail,
                    "internet-facing application load balancer without a WAF web ACL association".to_string(),
                ),
            };
            cx.report(r, "", status, msg);
        }
    }
}
