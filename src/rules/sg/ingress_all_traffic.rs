use crate::rules::exposure::{judge_all_traffic, judge_sg_rules};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Security group ingress from `0.0.0.0/0` or `::/0` (or a block wider than a /8, such as `0.0.0.0/1`) that admits all traffic: protocol
    /// all (`-1`, `all`), or TCP, UDP or another protocol on ports 0–65535 (ICMP's `-1`, every
    /// type, is not all traffic). All three ways Terraform writes ingress are judged: inline
    /// `ingress` blocks of `aws_security_group` (the worst block decides),
    /// `aws_security_group_rule` with `type = "ingress"`, and
    /// `aws_vpc_security_group_ingress_rule`. CIDRs are judged after variables and modules,
    /// and by meaning (`::0/0` is `::/0`); sources that are security groups, prefix lists or
    /// `self` are not the internet. AWS's default, for a group without ingress rules, admits
    /// nothing. A CIDR, protocol or port unknown until apply gives Unknown, never Pass.
    ///
    /// ## Why it matters
    /// Every listening service of every instance in the group — databases, admin consoles,
    /// debug ports — becomes reachable from the whole internet, and the group no longer
    /// filters anything.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_vpc_security_group_ingress_rule" "all" {
    ///   security_group_id = aws_security_group.app.id
    ///   ip_protocol       = "-1"
    ///   cidr_ipv4         = "0.0.0.0/0"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_vpc_security_group_ingress_rule" "https" {
    ///   security_group_id = aws_security_group.app.id
    ///   ip_protocol       = "tcp"
    ///   from_port         = 443
    ///   to_port           = 443
    ///   cidr_ipv4         = "0.0.0.0/0"
    /// }
    /// ```
    pub struct IngressAllTraffic {
        id: "AWS-SG-006",
        slug: "security-group-ingress-all-traffic-from-internet",
        service: "ec2",
        category: "network",
        severity: High,
        title: "All-traffic ingress from the internet",
        types: ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_277"],
    }
}

impl Rule for IngressAllTraffic {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let unset =
            "no inline ingress (a new group admits nothing; rule resources are judged on their own)";
        judge_sg_rules(cx, "ingress", unset, judge_all_traffic);
    }
}
