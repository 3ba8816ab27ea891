use crate::rules::exposure::{judge_exposure, judge_nacl_ingress, Exposure, FTP_PORTS};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Network ACL ingress entries that allow FTP (TCP/UDP port 20 or 21) from `0.0.0.0/0` or
    /// `::/0`: inline `ingress` blocks of `aws_network_acl` and `aws_default_network_acl`, and
    /// `aws_network_acl_rule` with `egress = false` (its default). An entry admits a port when
    /// its protocol is all traffic (`-1`), or TCP or UDP with a range covering it, and its
    /// action is `allow`. An ACL without ingress entries denies all inbound traffic and
    /// passes. A CIDR, protocol, port or action unknown until apply gives Unknown.
    ///
    /// Off by default (medium severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// FTP sends credentials and data in clear text and its servers are a common target; a
    /// network ACL open to it removes the subnet-level layer of defence.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_network_acl_rule" "ftp" {
    ///   network_acl_id = aws_network_acl.main.id
    ///   rule_number    = 100
    ///   protocol       = "tcp"
    ///   rule_action    = "allow"
    ///   cidr_block     = "0.0.0.0/0"
    ///   from_port      = 20
    ///   to_port        = 21
    /// }
    /// ```
    ///
    /// ## Fix
    /// Allow FTP only from known ranges, or better replace it with SFTP (AWS Transfer Family)
    /// and remove the entry.
    pub struct NetworkAclFtpPortsOpen {
        id: "AWS-VPC-016",
        slug: "network-acl-ftp-ports-open-to-internet",
        service: "vpc",
        category: "network",
        severity: Medium,
        title: "Network ACL allows FTP from the internet",
        types: ["aws_network_acl", "aws_default_network_acl", "aws_network_acl_rule"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_230", Checkov "CKV_AWS_229"],
    }
}

impl Rule for NetworkAclFtpPortsOpen {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        judge_nacl_ingress(cx, |cx, r, f, what| {
            judge_exposure(cx, r, f, what, Exposure::Ports(&FTP_PORTS))
        });
    }
}
