use crate::model::{Eff, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every `aws_network_acl` is associated with a subnet: through its own `subnet_ids`, or an
    /// `aws_network_acl_association` whose `network_acl_id` points at it. `subnet_ids` set from
    /// subnets of the plan counts; `subnet_ids` that may be empty after apply (a choice on a
    /// value unknown until apply), or an association whose `network_acl_id` cannot be
    /// followed, gives Unknown. An ACL with neither fails (a new ACL is associated with no subnet).
    /// `aws_default_network_acl` is not judged: the default ACL always covers the subnets no
    /// other ACL does.
    ///
    /// Off by default (low severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// An ACL on no subnet filters nothing: its rules give a false sense of protection, and
    /// whoever reads the configuration believes traffic is blocked that is not.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_network_acl" "private" {
    ///   vpc_id = aws_vpc.main.id
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_network_acl" "private" {
    ///   vpc_id     = aws_vpc.main.id
    ///   subnet_ids = [aws_subnet.private.id]
    /// }
    /// ```
    /// or remove the ACL.
    pub struct NetworkAclUnused {
        id: "AWS-VPC-019",
        slug: "network-acl-not-associated",
        service: "vpc",
        category: "network",
        severity: Low,
        title: "Network ACL associated with no subnet",
        types: ["aws_network_acl"],
        default_enabled: false,
        covers: [Checkov "CKV2_AWS_1", Fsbp "EC2.16"],
    }
}

impl Rule for NetworkAclUnused {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_network_acl") {
            match cx.stack.eff(r, "subnet_ids") {
                Eff::Known(Val::Arr(v)) if !v.is_empty() => {
                    let n = v.len();
                    cx.report(
                        r,
                        "subnet_ids",
                        Status::Pass,
                        format!("associated with {n} subnet(s) by subnet_ids"),
                    );
                    continue;
                }
                Eff::Known(_) | Eff::NotSet => {}
                Eff::FromResources { ids, reference }
                    if ids
                        .iter()
                        .all(|&i| cx.stack.resources[i].rtype == "aws_subnet") =>
                {
                    let msg = format!("associated with subnets by subnet_ids ({reference})");
                    cx.report(r, "subnet_ids", Status::Pass, msg);
                    continue;
                }
                e => {
                    let msg = format!("subnet_ids is {}", unknown_reason(&e));
                    cx.report(r, "subnet_ids", Status::Unknown, msg);
                    continue;
                }
            }
            let (status, msg) = cx.partner_verdict(
                id,
                &[("aws_network_acl_association", "network_acl_id")],
                "associated by",
                "no subnet_ids and no aws_network_acl_association points at this ACL",
            );
            cx.report(r, "", status, msg);
        }
    }
}
