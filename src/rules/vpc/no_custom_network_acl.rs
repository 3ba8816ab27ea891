use crate::model::Eff;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// When the requirements ask for network ACLs: the plan has an `aws_network_acl` that is
    /// associated with subnets (its `subnet_ids`, or an `aws_network_acl_association`). The
    /// default network ACL, which allows everything, does not count. Judged on the stack, when
    /// it has subnets. Off by default; enable it in tfaudit.toml.
    ///
    /// ## Why it matters
    /// Network ACLs are the stateless second layer under security groups: a subnet-wide deny
    /// that survives a security group opened by mistake.
    ///
    /// ## Example
    /// A VPC with subnets and no `aws_network_acl`.
    ///
    /// ## Fix
    /// Add an `aws_network_acl` with explicit rules and `subnet_ids` for the tiers it guards.
    pub struct NoCustomNetworkAcl {
        id: "AWS-VPC-009",
        slug: "no-custom-network-acl",
        service: "vpc",
        category: "network",
        severity: Low,
        title: "No custom network ACL",
        types: ["aws_network_acl", "aws_network_acl_association", "aws_subnet"],
        default_enabled: false,
        presence: true,
    }
}

impl Rule for NoCustomNetworkAcl {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        if cx.live("aws_subnet").next().is_none() {
            return;
        }
        if let Some((_, a)) = cx.live("aws_network_acl_association").next() {
            let msg = format!("network ACL associated by {}", a.address);
            cx.push_stack("", Status::Pass, msg);
            return;
        }
        let mut unknown = None;
        for (_, acl) in cx.live("aws_network_acl") {
            match cx.stack.eff(acl, "subnet_ids") {
                Eff::Known(v) if !v.is_empty() => {
                    let msg = format!("network ACL {} on subnets", acl.address);
                    cx.push_stack("", Status::Pass, msg);
                    return;
                }
                Eff::FromResources { .. } => {
                    let msg = format!("network ACL {} on subnets", acl.address);
                    cx.push_stack("", Status::Pass, msg);
                    return;
                }
                Eff::Unresolved(why) => {
                    unknown = unknown.or(Some(format!(
                        "the subnet_ids of {} are unknown until apply: {why}",
                        acl.address
                    )))
                }
                _ => {}
            }
        }
        match unknown {
            Some(why) => cx.push_stack(
                "",
                Status::Unknown,
                format!("no associated network ACL found, but {why}"),
            ),
            None => cx.push_stack(
                "",
                Status::Fail,
                "no custom network ACL associated with subnets".into(),
            ),
        }
    }
}
