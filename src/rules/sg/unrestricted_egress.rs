use crate::model::Val;
use crate::model::{Eff, Resource};
use crate::rules::net::{self, Ports, Protocol};
use crate::rules::{declare_rule, tri_and, unknown_reason, Cx, Rule, RuleMeta, Status, Tri};

declare_rule! {
    /// ## What it checks
    /// Security group egress that allows all traffic (protocol `-1`, or ports 0–65535) to
    /// `0.0.0.0/0` or `::/0`, in all three ways Terraform writes egress: inline `egress` blocks
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

/// Paths of one egress rule's fields, as each resource type names them.
struct Fields {
    protocol: String,
    from: String,
    to: String,
    v4: String,
    v6: String,
}

impl Rule for UnrestrictedEgress {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_security_group") {
            match cx.stack.eff(r, "egress") {
                Eff::Known(Val::Arr(blocks)) => {
                    let mut worst: Option<(Status, String, String, Option<String>)> = None;
                    for i in 0..blocks.len() {
                        let p = format!("egress.{i}");
                        let f = Fields {
                            protocol: format!("{p}.protocol"),
                            from: format!("{p}.from_port"),
                            to: format!("{p}.to_port"),
                            v4: format!("{p}.cidr_blocks"),
                            v6: format!("{p}.ipv6_cidr_blocks"),
                        };
                        let (status, msg, attr, prov) =
                            judge(cx, r, &f, &format!("egress rule {i}"));
                        if worst.as_ref().is_none_or(|w| status < w.0) {
                            worst = Some((status, msg, attr, prov));
                        }
                    }
                    match worst {
                        Some((s, m, a, p)) => {
                            cx.push(r, &a, s, m, p);
                        }
                        None => cx.report(r, "egress", Status::Pass, "no egress rules".into()),
                    }
                }
                Eff::Known(_) | Eff::NotSet => cx.report(
                    r,
                    "egress",
                    Status::Pass,
                    "no inline egress (Terraform removes AWS's default allow-all rule)".into(),
                ),
                e => cx.report(
                    r,
                    "egress",
                    Status::Unknown,
                    format!("egress is {}", unknown_reason(&e)),
                ),
            }
        }
        for (_, r) in cx.live("aws_security_group_rule") {
            match cx.stack.eff(r, "type") {
                Eff::Known(v) if v.as_str() == Some("egress") => {}
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
            };
            let (s, m, a, p) = judge(cx, r, &f, &format!("egress rule{}", owner(cx, r)));
            cx.push(r, &a, s, m, p);
        }
        for (_, r) in cx.live("aws_vpc_security_group_egress_rule") {
            let f = Fields {
                protocol: "ip_protocol".into(),
                from: "from_port".into(),
                to: "to_port".into(),
                v4: "cidr_ipv4".into(),
                v6: "cidr_ipv6".into(),
            };
            let (s, m, a, p) = judge(cx, r, &f, &format!("egress rule{}", owner(cx, r)));
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

fn judge(
    cx: &Cx,
    r: &Resource,
    f: &Fields,
    what: &str,
) -> (Status, String, String, Option<String>) {
    let st = cx.stack;
    let protocol: Option<Protocol> = match st.eff(r, &f.protocol) {
        Eff::Known(Val::Str(p)) => Some(Protocol::parse(p)),
        Eff::Known(Val::Num(n)) => Some(Protocol::from_num(*n)),
        Eff::Known(_) | Eff::NotSet => Some(Protocol::Other),
        _ => None,
    };
    let port = |p: &str| match st.eff(r, p) {
        Eff::Known(Val::Num(n)) => Some(Some(*n)),
        Eff::Known(_) | Eff::NotSet => Some(None),
        _ => None,
    };
    let ports = match (port(&f.from), port(&f.to)) {
        (Some(from), Some(to)) => Some(Ports { from, to }),
        _ => None,
    };
    // All protocols decide alone; known ports covering everything decide alone too.
    let all_traffic: Tri = match (protocol, ports) {
        (Some(p), Some(ports)) => Some(net::all_traffic(p, ports)),
        (Some(p), None) if p.is_all() => Some(true),
        (None, Some(ports)) if ports.is_full() => Some(true),
        _ => None,
    };
    let mut why_unknown = Vec::new();
    let (open, open_on) =
        crate::rules::exposure::open_to_internet(st, r, [&f.v4, &f.v6], &mut why_unknown);
    if all_traffic.is_none() {
        why_unknown.push(format!(
            "{} or its ports are unknown until apply",
            f.protocol
        ));
    }
    match tri_and(all_traffic, open) {
        Some(true) => {
            let (path, cidr) = open_on.unwrap_or_else(|| (f.v4.clone(), "0.0.0.0/0".into()));
            let prov = st.provenance(r, &path);
            let shown = st.show(r, &path, &Val::Str(cidr.into()));
            (
                Status::Fail,
                format!("{what} allows all traffic to {shown}"),
                path,
                prov,
            )
        }
        Some(false) => (
            Status::Pass,
            format!("{what} is restricted"),
            f.v4.clone(),
            None,
        ),
        None => (
            Status::Unknown,
            format!("{what} may allow all traffic: {}", why_unknown.join("; ")),
            f.v4.clone(),
            None,
        ),
    }
}
