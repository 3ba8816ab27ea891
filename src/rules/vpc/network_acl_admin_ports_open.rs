use crate::model::Eff;
use crate::model::Val;
use crate::rules::exposure::{judge, Fields, Verdict};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Network ACL ingress entries that allow SSH (port 22) or RDP (port 3389) from
    /// `0.0.0.0/0` or `::/0`: inline `ingress` blocks of `aws_network_acl` and
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
        for rtype in ["aws_network_acl", "aws_default_network_acl"] {
            for (_, r) in cx.live(rtype) {
                match cx.stack.eff(r, "ingress") {
                    Eff::Known(Val::Arr(blocks)) => {
                        let mut worst: Option<Verdict> = None;
                        for i in 0..blocks.len() {
                            let p = format!("ingress.{i}");
                            let f = Fields {
                                protocol: format!("{p}.protocol"),
                                from: format!("{p}.from_port"),
                                to: format!("{p}.to_port"),
                                v4: format!("{p}.cidr_block"),
                                v6: format!("{p}.ipv6_cidr_block"),
                                action: Some(format!("{p}.action")),
                            };
                            let label = match cx.stack.eff(r, &format!("{p}.rule_no")) {
                                Eff::Known(Val::Num(n)) => format!("ingress entry {n}"),
                                _ => format!("ingress block {i}"),
                            };
                            let v = judge(cx, r, &f, &label);
                            if worst.as_ref().is_none_or(|w| v.0 < w.0) {
                                worst = Some(v);
                            }
                        }
                        match worst {
                            Some((s, m, a, p)) => {
                                cx.push(r, &a, s, m, p);
                            }
                            None => cx.report(
                                r,
                                "ingress",
                                Status::Pass,
                                "no ingress entries (all inbound traffic is denied)".into(),
                            ),
                        }
                    }
                    Eff::Known(_) | Eff::NotSet => cx.report(
                        r,
                        "ingress",
                        Status::Pass,
                        "no inline ingress entries (a new ACL denies all inbound traffic; \
                         aws_network_acl_rule entries are judged on their own)"
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
        }
        for (_, r) in cx.live("aws_network_acl_rule") {
            match cx.stack.eff(r, "egress") {
                Eff::Known(Val::Bool(true)) => continue,
                Eff::Known(_) | Eff::NotSet => {}
                e => {
                    cx.report(
                        r,
                        "egress",
                        Status::Unknown,
                        format!("egress is {}", unknown_reason(&e)),
                    );
                    continue;
                }
            }
            let f = Fields {
                protocol: "protocol".into(),
                from: "from_port".into(),
                to: "to_port".into(),
                v4: "cidr_block".into(),
                v6: "ipv6_cidr_block".into(),
                action: Some("rule_action".into()),
            };
            let (s, m, a, p) = judge(cx, r, &f, &owner(cx, r));
            cx.push(r, &a, s, m, p);
        }
    }
}

/// `ingress entry N of aws_network_acl.x` as far as the plan tells.
fn owner(cx: &Cx, r: &crate::model::Resource) -> String {
    let number = match cx.stack.eff(r, "rule_number") {
        Eff::Known(Val::Num(n)) => format!(" {n}"),
        _ => String::new(),
    };
    let acl = match cx.stack.eff(r, "network_acl_id") {
        Eff::FromResources { ids, reference } => match ids.first() {
            Some(&id) => format!(" of {}", cx.address(id)),
            None => format!(" of {reference}"),
        },
        Eff::Known(v @ Val::Str(_)) => format!(" of {}", cx.stack.text(r, "network_acl_id", v)),
        _ => String::new(),
    };
    format!("ingress entry{number}{acl}")
}
