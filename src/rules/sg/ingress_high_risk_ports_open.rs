use crate::rules::exposure::{judge_exposure, judge_sg_rules, Exposure, HIGH_RISK_PORTS};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Security group ingress from `0.0.0.0/0` or `::/0` (or a block wider than a /8, such as `0.0.0.0/1`) that admits a high-risk port: the
    /// list of FSBP EC2.19 — 20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306,
    /// 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300 — plus SQL Server
    /// Analysis Services (2383). All three ways Terraform writes ingress are judged: inline
    /// `ingress` blocks of `aws_security_group`, `aws_security_group_rule` with
    /// `type = "ingress"`, and `aws_vpc_security_group_ingress_rule`. A rule admits a port
    /// when its protocol is all traffic (`-1`), or TCP or UDP with a range covering it. CIDRs
    /// are judged after variables and modules and by meaning (`::0/0` is `::/0`); sources
    /// that are security groups or prefix lists are not the internet. A CIDR, protocol or
    /// port unknown until apply gives Unknown. A group without ingress admits nothing (AWS's
    /// default).
    ///
    /// ## Why it matters
    /// Databases, file sharing, mail, remote shells and dashboards listening on these ports
    /// are scanned continuously from the internet; one weak password or unpatched service is
    /// then reachable by anyone.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_vpc_security_group_ingress_rule" "mysql" {
    ///   security_group_id = aws_security_group.db.id
    ///   ip_protocol       = "tcp"
    ///   from_port         = 3306
    ///   to_port           = 3306
    ///   cidr_ipv4         = "0.0.0.0/0"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Admit the port only from the security group of its clients (or a known range):
    /// ```hcl
    /// resource "aws_vpc_security_group_ingress_rule" "mysql" {
    ///   security_group_id            = aws_security_group.db.id
    ///   ip_protocol                  = "tcp"
    ///   from_port                    = 3306
    ///   to_port                      = 3306
    ///   referenced_security_group_id = aws_security_group.app.id
    /// }
    /// ```
    pub struct IngressHighRiskPortsOpen {
        id: "AWS-SG-007",
        slug: "security-group-high-risk-ports-open-to-internet",
        service: "ec2",
        category: "network",
        severity: High,
        title: "High-risk port ingress from the internet",
        types: ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"],
        default_enabled: true,
        covers: [Fsbp "EC2.19", Kics "sensitive_port_is_exposed_to_entire_network", Kics "sql_analysis_services_port_2383_is_publicly_accessible"],
    }
}

impl Rule for IngressHighRiskPortsOpen {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let unset =
            "no inline ingress (a new group admits nothing; rule resources are judged on their own)";
        judge_sg_rules(cx, "ingress", unset, |cx, r, f, what| {
            judge_exposure(cx, r, f, what, Exposure::Ports(&HIGH_RISK_PORTS))
        });
    }
}
