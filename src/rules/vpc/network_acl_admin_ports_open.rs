use crate::rules::exposure::{judge, judge_nacl_ingress};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Network ACL ingress entries that allow SSH (port 22) or RDP (port 3389) from
    /// `0.0.0.0/0` or `::/0` (or a block wider than a /8, such as `0.0.0.0/1`): inline `ingress` blocks of `aws_network_acl` and
    /// `aws_default_network_acl`, and `aws_network_acl_rule` with `egress = false` (the
    /// default). An entry allows a port when its `action` / `rule_action` is `allow` and its
    /// protocol is all traffic (`-1`, `all`), or TCP or UDP with a range that covers the port.
    /// CIDRs are judged after variables and modules, and by meaning (`::0/0` is `::/0`).
    /// Each entry is judged on its own, as AWS Config's `nacl-no-unrestricted-ssh-rdp` does: a
    /// lower-numbered `deny` entry is not taken into account. A network ACL without ingress
    /// entries passes: a new custom ACL denies all inbound traffic, and Terraform removes the
    /// default ACL's allow-all entry when `aws_default_network_acl` lists none. A value unknown
    /// until apply gives Unknown, never Pass.
    ///
    /// ## Why it matters
    /// A network ACL is the subnet's coarse filter: allowing SSH or RDP from anywhere leaves
    /// the instances' security groups as the only barrier against scans and brute force on
    /// remote administration ports.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_network_acl_rule" "ssh" {
    ///   network_acl_id = aws_network_acl.public.id
    ///   rule_number    = 100
    ///   protocol       = "tcp"
    ///   rule_action    = "allow"
    ///   cidr_block     = "0.0.0.0/0"
    ///   from_port      = 22
    ///   to_port        = 22
    /// }
    /// ```
    ///
    /// ## Fix
    /// Allow SSH and RDP only from known ranges (a VPN, an office CIDR), or deny them from
    /// `0.0.0.0/0` and `::/0` with entries numbered below the broad allow entries; better,
    /// reach instances through Session Manager and open no administration port.
    pub struct NetworkAclAdminPortsOpen {
        id: "AWS-VPC-010",
        slug: "network-acl-admin-ports-open-to-internet",
        service: "vpc",
        category: "network",
        severity: High,
        title: "Network ACL allows SSH or RDP from the internet",
        types: ["aws_network_acl", "aws_default_network_acl", "aws_network_acl_rule"],
        default_enabled: true,
        covers: [Fsbp "EC2.21", Cis "5.1", Checkov "CKV_AWS_232", Checkov "CKV_AWS_231", Kics "network_acl_with_unrestricted_access_to_ssh", Kics "network_acl_with_unrestricted_access_to_rdp"],
    }
}

impl Rule for NetworkAclAdminPortsOpen {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        judge_nacl_ingress(cx, judge);
    }
}
