use crate::rules::exposure::{judge_exposure, judge_sg_rules, Exposure, AUTHORIZED_PORTS};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Security group ingress from `0.0.0.0/0` or `::/0` (or a block wider than a /8, such as `0.0.0.0/1`) on anything but TCP 80 and 443 (the
    /// ports FSBP EC2.18 authorizes by default): all traffic (`-1`), any UDP, or a TCP range
    /// reaching a port other than 80 and 443. Protocols without ports (ICMP and the like) are
    /// not judged here. All three ways Terraform writes ingress are judged: inline `ingress`
    /// blocks of `aws_security_group`, `aws_security_group_rule` with `type = "ingress"`, and
    /// `aws_vpc_security_group_ingress_rule`. CIDRs are judged after variables and modules and
    /// by meaning; sources that are security groups or prefix lists are not the internet. A
    /// CIDR, protocol or port unknown until apply gives Unknown. A group without ingress
    /// admits nothing (AWS's default).
    ///
    /// Off by default: a service that must listen on another public port (SMTP, a game
    /// server, a VPN) fails it by design; run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Everything reachable from the internet is attack surface. Keeping public ingress to
    /// the web ports, behind a load balancer, leaves nothing else to scan.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_security_group_rule" "app" {
    ///   type              = "ingress"
    ///   protocol          = "tcp"
    ///   from_port         = 8000
    ///   to_port           = 8100
    ///   cidr_blocks       = ["0.0.0.0/0"]
    ///   security_group_id = aws_security_group.app.id
    /// }
    /// ```
    ///
    /// ## Fix
    /// Put the service behind a load balancer listening on 443 and admit its port only from
    /// the load balancer's security group.
    pub struct IngressUnauthorizedPortsOpen {
        id: "AWS-SG-008",
        slug: "security-group-unauthorized-ports-open-to-internet",
        service: "ec2",
        category: "network",
        severity: High,
        title: "Internet ingress on ports other than 80 and 443",
        types: ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"],
        default_enabled: false,
        covers: [Fsbp "EC2.18", Kics "unknown_port_exposed_to_internet"],
    }
}

impl Rule for IngressUnauthorizedPortsOpen {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let unset =
            "no inline ingress (a new group admits nothing; rule resources are judged on their own)";
        judge_sg_rules(cx, "ingress", unset, |cx, r, f, what| {
            judge_exposure(cx, r, f, what, Exposure::Unauthorized(&AUTHORIZED_PORTS))
        });
    }
}
