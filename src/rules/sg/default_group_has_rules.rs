use crate::model::Eff;
use crate::model::{Action, ResId, Resource, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The default security group of each VPC has no rules. AWS creates every VPC with a
    /// default group that admits all traffic from its own members and allows all egress;
    /// Terraform removes those rules only when the group is adopted by an
    /// `aws_default_security_group` that lists none. So:
    /// - an `aws_default_security_group` fails when it declares `ingress` or `egress` blocks,
    ///   or when an `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule` or
    ///   `aws_vpc_security_group_egress_rule` adds a rule to it; it passes otherwise;
    /// - an `aws_vpc` the plan creates (or replaces) fails when no
    ///   `aws_default_security_group` points at it: its default group keeps AWS's default
    ///   rules. For an existing VPC (no change, an update, a state file) the plan does not show
    ///   its default group's rules: Unknown.
    ///
    /// Blocks unknown at plan time, or a rule or group whose link cannot be followed, give
    /// Unknown, never Pass.
    ///
    /// ## Why it matters
    /// Resources launched without an explicit security group land in the default group: with
    /// AWS's default rules they can reach each other on every port and reach the internet,
    /// which defeats least-privilege network design.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_vpc" "main" {
    ///   cidr_block = "10.0.0.0/16"
    /// }
    /// # No aws_default_security_group: the default group keeps AWS's allow rules.
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_default_security_group" "default" {
    ///   vpc_id = aws_vpc.main.id
    ///   # no ingress or egress blocks: Terraform removes every rule
    /// }
    /// ```
    pub struct DefaultGroupHasRules {
        id: "AWS-SG-005",
        slug: "default-security-group-has-rules",
        service: "ec2",
        category: "network",
        severity: High,
        title: "Default security group with rules",
        types: ["aws_default_security_group", "aws_vpc"],
        default_enabled: true,
        covers: [Fsbp "EC2.2", Cis "5.4", Checkov "CKV2_AWS_12", Trivy "AVD-AWS-0173", Kics "vpc_default_security_group_accepts_all_traffic", Kics "default_security_groups_with_unrestricted_traffic"],
    }
}

/// Rule resources that add a rule to a group through `security_group_id`.
const RULE_TYPES: [&str; 3] = [
    "aws_security_group_rule",
    "aws_vpc_security_group_ingress_rule",
    "aws_vpc_security_group_egress_rule",
];

impl Rule for DefaultGroupHasRules {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_default_security_group") {
            let (status, attr, msg) = judge_group(cx, id, r);
            let prov = match status {
                Status::Fail if !attr.is_empty() => cx.stack.provenance(r, attr),
                _ => None,
            };
            cx.push(r, attr, status, msg, prov);
        }
        for (id, r) in cx.live("aws_vpc") {
            let p = cx.partners(id, "aws_default_security_group", "vpc_id");
            if !p.found.is_empty() {
                // Judged on the adopted group itself.
                continue;
            }
            if let Some(u) = p.unresolved.first() {
                let msg = format!(
                    "no aws_default_security_group found for this VPC, but the vpc_id of {} \
                     cannot be followed: {}",
                    cx.address(u.from),
                    u.reason
                );
                cx.report(r, "", Status::Unknown, msg);
            } else if !matches!(r.action, Action::Create | Action::Replace) {
                let msg = format!(
                    "no aws_default_security_group adopts this VPC's default group, and the \
                     group of an existing VPC ({}) is not in the plan: its rules are unknown",
                    r.action.as_str()
                );
                cx.report(r, "", Status::Unknown, msg);
            } else {
                cx.report(
                    r,
                    "",
                    Status::Fail,
                    "no aws_default_security_group adopts this VPC's default group, which keeps \
                     AWS's default rules (all traffic from its members, all egress)"
                        .into(),
                );
            }
        }
    }
}

fn judge_group(cx: &Cx, id: ResId, r: &Resource) -> (Status, &'static str, String) {
    let mut unknown = Vec::new();
    for dir in ["ingress", "egress"] {
        match cx.stack.eff(r, dir) {
            Eff::Known(Val::Arr(blocks)) if !blocks.is_empty() => {
                let msg = format!(
                    "the default group declares {} {dir} rule(s); it should have none",
                    blocks.len()
                );
                return (Status::Fail, dir, msg);
            }
            Eff::Known(_) | Eff::NotSet => {}
            e => unknown.push(format!("{dir} is {}", unknown_reason(&e))),
        }
    }
    for rtype in RULE_TYPES {
        let p = cx.partners(id, rtype, "security_group_id");
        if let Some(e) = p.found.first() {
            let msg = format!(
                "{} adds a rule to the default group (security_group_id from {})",
                cx.address(e.from),
                e.via
            );
            return (Status::Fail, "", msg);
        }
        if let Some(u) = p.unresolved.first() {
            unknown.push(format!(
                "the security_group_id of {} cannot be followed: {}",
                cx.address(u.from),
                u.reason
            ));
        }
    }
    if unknown.is_empty() {
        (
            Status::Pass,
            "",
            "the default group has no rules (Terraform removes AWS's default rules)".into(),
        )
    } else {
        (
            Status::Unknown,
            "",
            format!("the default group may have rules: {}", unknown.join("; ")),
        )
    }
}
