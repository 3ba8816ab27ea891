use crate::rules::exposure::{judge, judge_sg_rules};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Security group ingress from `0.0.0.0/0` or `::/0` (or a block wider than a /8, such as `0.0.0.0/1`) that admits SSH (port 22) or RDP
    /// (port 3389), in all three ways Terraform writes ingress: inline `ingress` blocks of
    /// `aws_security_group`, `aws_security_group_rule` with `type = "ingress"`, and
    /// `aws_vpc_security_group_ingress_rule`. A rule admits a port when its protocol is all
    /// traffic (`-1`, `all`), or TCP or UDP with a range that covers the port (`0`–`65535`
    /// does). CIDRs are judged after variables and modules, and by meaning (`::0/0` is
    /// `::/0`). Sources that are security groups, prefix lists or `self` are not the
    /// internet. A CIDR, protocol or port unknown until apply gives Unknown, never Pass.
    /// AWS's default, for a group without ingress rules, admits nothing.
    ///
    /// ## Why it matters
    /// SSH and RDP open to the internet are scanned within minutes of creation and are the
    /// first target of credential stuffing and remote-access exploits.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_security_group_rule" "ssh" {
    ///   type              = "ingress"
    ///   protocol          = "tcp"
    ///   from_port         = 22
    ///   to_port           = 22
    ///   cidr_blocks       = ["0.0.0.0/0"]
    ///   security_group_id = aws_security_group.bastion.id
    /// }
    /// ```
    ///
    /// ## Fix
    /// Admit SSH and RDP only from known ranges (a VPN, an office CIDR) or from another
    /// security group; better, use Session Manager or EC2 Instance Connect Endpoint and open
    /// no administration port at all.
    pub struct IngressAdminPortsOpen {
        id: "AWS-SG-004",
        slug: "security-group-admin-ports-open-to-internet",
        service: "ec2",
        category: "network",
        severity: High,
        title: "SSH or RDP ingress from the internet",
        types: ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"],
        default_enabled: true,
        covers: [Cis "5.2", Cis "5.3", Checkov "CKV_AWS_24", Checkov "CKV_AWS_25", Kics "security_group_with_unrestricted_access_to_ssh", Kics "remote_desktop_port_open_to_internet"],
    }
}

impl Rule for IngressAdminPortsOpen {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let unset =
            "no inline ingress (a new group admits nothing; rule resources are judged on their own)";
        judge_sg_rules(cx, "ingress", unset, judge);
    }
}
