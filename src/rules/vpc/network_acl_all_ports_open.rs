use crate::rules::exposure::{judge_all_traffic, judge_nacl_ingress};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Network ACL ingress entries that allow all traffic from `0.0.0.0/0` or `::/0` (or a block wider than a /8, such as `0.0.0.0/1`): an
    /// `allow` entry whose protocol is all (`-1`, `all`), or TCP, UDP or another protocol on
    /// ports 0–65535. Inline `ingress` blocks of `aws_network_acl` and
    /// `aws_default_network_acl` are judged (the worst entry decides), and
    /// `aws_network_acl_rule` with `egress = false` (the default). CIDRs are judged after
    /// variables and modules, and by meaning (`::0/0` is `::/0`). Each entry is judged on its
    /// own: a lower-numbered `deny` entry is not taken into account. An ACL without ingress
    /// entries passes: a new custom ACL denies all inbound traffic, and Terraform removes the
    /// default ACL's allow-all entry when `aws_default_network_acl` lists none (AWS's own
    /// default ACL, left unmanaged, allows everything, but it is not in the plan). A value
    /// unknown until apply gives Unknown, never Pass.
    ///
    /// Trivy (AVD-AWS-0102) and Checkov (CKV_AWS_352) flag an all-ports `allow` entry whatever
    /// its source; this rule flags it only from the internet: allowing all traffic from the
    /// VPC's own range or a partner's is ordinary NACL design.
    ///
    /// ## Why it matters
    /// An ACL that lets everything in from anywhere filters nothing at the subnet boundary:
    /// every port of every instance in its subnets is then protected by security groups
    /// alone, and one permissive group exposes it.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_network_acl_rule" "in" {
    ///   network_acl_id = aws_network_acl.public.id
    ///   rule_number    = 100
    ///   protocol       = "-1"
    ///   rule_action    = "allow"
    ///   cidr_block     = "0.0.0.0/0"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Allow only the ports the subnet serves (for example 443, and the ephemeral range
    /// 1024–65535 for return traffic over TCP), or only from known ranges.
    /// ```hcl
    /// resource "aws_network_acl_rule" "https" {
    ///   network_acl_id = aws_network_acl.public.id
    ///   rule_number    = 100
    ///   protocol       = "tcp"
    ///   rule_action    = "allow"
    ///   cidr_block     = "0.0.0.0/0"
    ///   from_port      = 443
    ///   to_port        = 443
    /// }
    /// ```
    pub struct NetworkAclAllPortsOpen {
        id: "AWS-VPC-012",
        slug: "network-acl-all-ports-open-to-internet",
        service: "vpc",
        category: "network",
        severity: Critical,
        title: "Network ACL allows all traffic from the internet",
        types: ["aws_network_acl", "aws_default_network_acl", "aws_network_acl_rule"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_352", Trivy "AVD-AWS-0102"],
    }
}

impl Rule for NetworkAclAllPortsOpen {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        judge_nacl_ingress(cx, judge_all_traffic);
    }
}
