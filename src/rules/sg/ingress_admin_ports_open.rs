use crate::model::Val;
use crate::model::{Eff, Resource};
use crate::rules::exposure::{judge, Fields, Verdict};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Security group ingress from `0.0.0.0/0` or `::/0` that admits SSH (port 22) or RDP
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
        for (_, r) in cx.live("aws_security_group") {
            match cx.stack.eff(r, "ingress") {
                Eff::Known(Val::Arr(blocks)) => {
                    let mut worst: Option<Verdict> = None;
                    for i in 0..blocks.len() {
                        let p = format!("ingress.{i}");
                        let f = Fields {
                            protocol: format!("{p}.protocol"),
                            from: format!("{p}.from_port"),
                            to: format!("{p}.to_port"),
                            v4: format!("{p}.cidr_blocks"),
                            v6: format!("{p}.ipv6_cidr_blocks"),
                            action: None,
                        };
                        let v = judge(cx, r, &f, &format!("ingress rule {i}"));
                        if worst.as_ref().is_none_or(|w| v.0 < w.0) {
                            worst = Some(v);
                        }
                    }
                    match worst {
                        Some((s, m, a, p)) => {
                            cx.push(r, &a, s, m, p);
                        }
                        None => cx.report(r, "ingress", Status::Pass, "no ingress rules".into()),
                    }
                }
                Eff::Known(_) | Eff::NotSet => cx.report(
                    r,
                    "ingress",
                    Status::Pass,
                    "no inline ingress (a new group admits nothing; rule resources are judged on their own)"
                        .into(),
                ),
                e => cx.report(
                    r,
                    "ingress",
                    Status::Unknown,
                    format!("ingress is {}", unknown_reason(&e)),
                ),
            }
        }
        for (_, r) in cx.live("aws_security_group_rule") {
            match cx.stack.eff(r, "type") {
                Eff::Known(v) if v.as_str() == Some("ingress") => {}
                Eff::Known(_) => continue,
                e => {
                    cx.report(
                        r,
                        "type",
                        Status::Unknown,
                        format!("rule type is {}", unknown_reason(&e)),
                    );
                    continue;
                }
            }
            let f = Fields {
                protocol: "protocol".into(),
                from: "from_port".into(),
                to: "to_port".into(),
                v4: "cidr_blocks".into(),
                v6: "ipv6_cidr_blocks".into(),
                action: None,
            };
            let (s, m, a, p) = judge(cx, r, &f, &format!("ingress rule{}", owner(cx, r)));
            cx.push(r, &a, s, m, p);
        }
        for (_, r) in cx.live("aws_vpc_security_group_ingress_rule") {
            let f = Fields {
                protocol: "ip_protocol".into(),
                from: "from_port".into(),
                to: "to_port".into(),
                v4: "cidr_ipv4".into(),
                v6: "cidr_ipv6".into(),
                action: None,
            };
            let (s, m, a, p) = judge(cx, r, &f, &format!("ingress rule{}", owner(cx, r)));
            cx.push(r, &a, s, m, p);
        }
    }
}

/// ` of aws_security_group.x` when the owning group is known.
fn owner(cx: &Cx, r: &Resource) -> String {
    match cx.stack.eff(r, "security_group_id") {
        Eff::FromResources { ids, reference } => match ids.first() {
            Some(&id) => format!(" of {}", cx.address(id)),
            None => format!(" of {reference}"),
        },
        Eff::Known(v @ Val::Str(_)) => format!(" of {}", cx.stack.text(r, "security_group_id", v)),
        _ => String::new(),
    }
}
