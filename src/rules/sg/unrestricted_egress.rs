use crate::rules::exposure::{judge_all_traffic_out, judge_sg_rules};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Security group egress that allows all traffic (protocol `-1`, or ports 0–65535) to
    /// `0.0.0.0/0` or `::/0` (or a block wider than a /8, such as `0.0.0.0/1`), in all three ways Terraform writes egress: inline `egress` blocks
    /// of `aws_security_group`, `aws_security_group_rule` with `type = "egress"`, and
    /// `aws_vpc_security_group_egress_rule`. CIDRs are judged after variables and modules, and
    /// by meaning: `::0/0`, `0::/0` and `0.0.0.0/00` are "anywhere" too, `all` is `-1`, and
    /// ICMP's `-1` (every type) is not all traffic.
    /// A CIDR that is unknown until apply gives Unknown, never Pass.
    ///
    /// ## Why it matters
    /// Unrestricted egress lets a compromised workload reach any host on the internet:
    /// exfiltration and command-and-control need nothing more.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_security_group_rule" "out" {
    ///   type              = "egress"
    ///   protocol          = "-1"
    ///   from_port         = 0
    ///   to_port           = 0
    ///   cidr_blocks       = ["0.0.0.0/0"]
    ///   security_group_id = aws_security_group.app.id
    /// }
    /// ```
    ///
    /// ## Fix
    /// Allow only the ports and destinations the workload needs (for example 443 to a VPC
    /// endpoint's prefix list or to a proxy's security group).
    pub struct UnrestrictedEgress {
        id: "AWS-SG-001",
        slug: "security-group-unrestricted-egress",
        service: "ec2",
        category: "network",
        severity: High,
        title: "Unrestricted \"all traffic\" egress",
        types: ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_egress_rule"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_382"],
    }
}

impl Rule for UnrestrictedEgress {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let unset = "no inline egress (Terraform removes AWS's default allow-all rule)";
        judge_sg_rules(cx, "egress", unset, judge_all_traffic_out);
    }
}
