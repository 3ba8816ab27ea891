//! Shared judges: does one firewall entry (a security group rule, a network ACL entry) admit
//! the administration ports SSH 22 / RDP 3389, or all traffic, from the whole internet (or,
//! for egress, to it)? And the walks over the ways Terraform writes those entries. Used by
//! AWS-SG-001, AWS-SG-004, AWS-SG-006, AWS-VPC-010, AWS-VPC-012 and AWS-RS-015 (one service
//! port, through [`group_ingress`]); CIDR, protocol and port
//! meaning come from [`crate::rules::net`].

use crate::model::Val;
use crate::model::{Eff, ResId, Resource};
use crate::rules::net::{self, Ports, Protocol};
use crate::rules::{tri_and, tri_or, unknown_reason, Cx, Status, Tri};

/// The administration ports this rule looks for, with their names.
pub const ADMIN_PORTS: [(f64, &str); 2] = [(22.0, "SSH (22)"), (3389.0, "RDP (3389)")];

/// Paths of one ingress rule's fields, as each resource type names them.
pub struct Fields {
    pub protocol: String,
    pub from: String,
    pub to: String,
    /// The IPv4 and IPv6 sources: a list (`cidr_blocks`) or one CIDR (`cidr_ipv4`).
    pub v4: String,
    pub v6: String,
    /// A network ACL entry's `allow` / `deny` field; security group rules only allow.
    pub action: Option<String>,
}

/// Status, message, attribute and provenance of one entry.
pub type Verdict = (Status, String, String, Option<String>);

/// The ports of FSBP EC2.19 ("ports with high risk"), plus SQL Server Analysis Services
/// (2383), with their names.
pub const HIGH_RISK_PORTS: [(f64, &str); 25] = [
    (20.0, "FTP data (20)"),
    (21.0, "FTP (21)"),
    (22.0, "SSH (22)"),
    (23.0, "Telnet (23)"),
    (25.0, "SMTP (25)"),
    (110.0, "POP3 (110)"),
    (135.0, "RPC (135)"),
    (143.0, "IMAP (143)"),
    (445.0, "SMB (445)"),
    (1433.0, "SQL Server (1433)"),
    (1434.0, "SQL Server browser (1434)"),
    (2383.0, "SQL Server Analysis Services (2383)"),
    (3000.0, "3000"),
    (3306.0, "MySQL (3306)"),
    (3389.0, "RDP (3389)"),
    (4333.0, "mSQL (4333)"),
    (5000.0, "5000"),
    (5432.0, "PostgreSQL (5432)"),
    (5500.0, "VNC (5500)"),
    (5601.0, "Kibana (5601)"),
    (8080.0, "HTTP proxy (8080)"),
    (8088.0, "8088"),
    (8888.0, "8888"),
    (9200.0, "Elasticsearch (9200)"),
    (9300.0, "Elasticsearch (9300)"),
];

/// FTP's ports, for network ACLs.
pub const FTP_PORTS: [(f64, &str); 2] = [(20.0, "FTP data (20)"), (21.0, "FTP (21)")];

/// The ports FSBP EC2.18 authorizes from the internet by default (TCP 80 and 443).
pub const AUTHORIZED_PORTS: [f64; 2] = [80.0, 443.0];

/// Which of `list` the rule admits: `Some(names)` (empty when none), `None` when its protocol
/// or ports are unknown and could admit one.
fn admitted(
    protocol: Option<Protocol>,
    ports: Option<Ports>,
    list: &[(f64, &'static str)],
) -> Option<Vec<&'static str>> {
    match (protocol, ports) {
        (Some(p), Some(ports)) => Some(
            list.iter()
                .filter(|(n, _)| net::admits_port(p, ports, *n))
                .map(|(_, name)| *name)
                .collect(),
        ),
        (Some(p), None) if p.is_all() => Some(list.iter().map(|(_, n)| *n).collect()),
        // A protocol without ports (ICMP, ESP…) admits no port whatever its range says.
        (Some(p), None) if !p.has_ports() => Some(Vec::new()),
        _ => None,
    }
}

/// What an entry is judged for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Exposure {
    /// SSH 22 or RDP 3389 from the internet.
    AdminPorts,
    /// All traffic ([`net::all_traffic`]: every protocol, or every port of one) from the
    /// internet, or to it for `egress`.
    AllTraffic { egress: bool },
    /// Any of these ports from the internet (named in the message).
    Ports(&'static [(f64, &'static str)]),
    /// One service port (known only from the plan, like a cluster's `port`) from the
    /// internet, named in the message ("the cluster port").
    Port(f64, &'static str),
    /// Any port but these TCP ports from the internet: every protocol, UDP, or a TCP range
    /// that reaches past them (protocols without ports, ICMP and others, admit no port).
    Unauthorized(&'static [f64]),
}

/// Whether an entry admits a port outside the authorized TCP ports: `None` when unknown.
fn unauthorized(protocol: Option<Protocol>, ports: Option<Ports>, ok: &[f64]) -> Option<bool> {
    match (protocol, ports) {
        (Some(p), _) if p.is_all() => Some(true),
        (Some(p), _) if !p.has_ports() => Some(false),
        (
            Some(Protocol::Num(net::TCP)),
            Some(Ports {
                from: Some(a),
                to: Some(b),
            }),
        ) if a <= b && a >= 0.0 => {
            // A range is authorized only when every port of it is (80–80, 443–443).
            Some(!(a as i64..=b as i64).all(|x| ok.contains(&(x as f64))))
        }
        (Some(_), Some(_)) => Some(true),
        _ => None,
    }
}

/// Judge one entry: Fail when it allows an administration port from `0.0.0.0/0` or `::/0`.
pub fn judge(cx: &Cx, r: &Resource, f: &Fields, what: &str) -> Verdict {
    judge_exposure(cx, r, f, what, Exposure::AdminPorts)
}

/// Judge one ingress entry: Fail when it allows all traffic from `0.0.0.0/0` or `::/0`.
pub fn judge_all_traffic(cx: &Cx, r: &Resource, f: &Fields, what: &str) -> Verdict {
    judge_exposure(cx, r, f, what, Exposure::AllTraffic { egress: false })
}

/// Judge one egress entry: Fail when it allows all traffic to `0.0.0.0/0` or `::/0`.
pub fn judge_all_traffic_out(cx: &Cx, r: &Resource, f: &Fields, what: &str) -> Verdict {
    judge_exposure(cx, r, f, what, Exposure::AllTraffic { egress: true })
}

/// Judge one entry for `kind`: Fail when its action allows (security group rules always do),
/// its protocol and ports admit what `kind` looks for, and a CIDR is the whole internet.
pub fn judge_exposure(cx: &Cx, r: &Resource, f: &Fields, what: &str, kind: Exposure) -> Verdict {
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
    let mut why_unknown = Vec::new();
    // What the entry admits, named for the message: Some(empty) when nothing of `kind`.
    let names: Option<Vec<&'static str>> = match kind {
        Exposure::AdminPorts => admitted(protocol, ports, &ADMIN_PORTS),
        Exposure::Ports(list) => admitted(protocol, ports, list),
        Exposure::Port(n, name) => admitted(protocol, ports, &[(n, name)]),
        Exposure::Unauthorized(ok) => unauthorized(protocol, ports, ok).map(|hit| {
            if hit {
                vec!["ports other than the authorized ones"]
            } else {
                Vec::new()
            }
        }),
        // All protocols decide alone; known ports covering everything decide alone too.
        Exposure::AllTraffic { .. } => match (protocol, ports) {
            (Some(p), Some(ports)) => Some(net::all_traffic(p, ports)),
            (Some(p), None) if p.is_all() => Some(true),
            (None, Some(ports)) if ports.is_full() => Some(true),
            _ => None,
        }
        .map(|all| if all { vec!["all traffic"] } else { Vec::new() }),
    };
    let mut hit: Tri = names.as_ref().map(|n| !n.is_empty());
    if let Some(action) = &f.action {
        let allows: Tri = match st.eff(r, action) {
            Eff::Known(Val::Str(a)) => Some(a.eq_ignore_ascii_case("allow")),
            Eff::Known(_) | Eff::NotSet => Some(false),
            e => {
                why_unknown.push(format!("{action} is {}", unknown_reason(&e)));
                None
            }
        };
        hit = tri_and(allows, hit);
    }
    let (open, open_on) = open_to_internet(st, r, [&f.v4, &f.v6], &mut why_unknown);
    if names.is_none() {
        why_unknown.push(format!(
            "{} or its ports are unknown until apply",
            f.protocol
        ));
    }
    match tri_and(hit, open) {
        Some(true) => {
            let (path, cidr) = open_on.unwrap_or_else(|| (f.v4.clone(), "0.0.0.0/0".into()));
            let prov = st.provenance(r, &path);
            let shown = st.show(r, &path, &Val::Str(cidr.into()));
            let names = names.unwrap_or_default();
            // A long list (all traffic against many ports) is cut to its first three.
            let ports = match names.len() {
                n if n > 4 => format!("{} and {} more", names[..3].join(", "), n - 3),
                _ => names.join(" and "),
            };
            let dir = if kind == (Exposure::AllTraffic { egress: true }) {
                "to"
            } else {
                "from"
            };
            (
                Status::Fail,
                format!("{what} allows {ports} {dir} {shown}"),
                path,
                prov,
            )
        }
        Some(false) => (
            Status::Pass,
            match kind {
                Exposure::AdminPorts => {
                    format!("{what} allows neither SSH nor RDP from the internet")
                }
                Exposure::Ports(_) => {
                    format!("{what} allows none of the high-risk ports from the internet")
                }
                Exposure::Port(_, name) => {
                    format!("{what} does not allow {name} from the internet")
                }
                Exposure::Unauthorized(_) => {
                    format!("{what} allows only authorized ports from the internet")
                }
                Exposure::AllTraffic { egress: true } => format!("{what} is restricted"),
                Exposure::AllTraffic { egress: false } => {
                    format!("{what} does not allow all traffic from the internet")
                }
            },
            f.v4.clone(),
            None,
        ),
        None => (
            Status::Unknown,
            format!(
                "{what} may allow {}: {}",
                match kind {
                    Exposure::AdminPorts => "SSH or RDP from the internet".to_string(),
                    Exposure::Ports(_) => "a high-risk port from the internet".to_string(),
                    Exposure::Port(_, name) => format!("{name} from the internet"),
                    Exposure::Unauthorized(_) => "unauthorized ports from the internet".to_string(),
                    Exposure::AllTraffic { egress: true } => "all traffic".to_string(),
                    Exposure::AllTraffic { egress: false } => {
                        "all traffic from the internet".to_string()
                    }
                },
                why_unknown.join("; ")
            ),
            f.v4.clone(),
            None,
        ),
    }
}

/// Whether any of the CIDR attributes `paths` holds "anywhere" (`0.0.0.0/0`, `::/0` in any
/// spelling, or a block as wide as half of it: [`net::Cidr::is_internet`]): the first path and
/// CIDR that do, and why it is unknown when it is (pushed to
/// `why_unknown`). Shared by every "open to the internet" rule.
pub fn open_to_internet(
    st: &crate::model::Stack,
    r: &Resource,
    paths: [&String; 2],
    why_unknown: &mut Vec<String>,
) -> (Tri, Option<(String, String)>) {
    let mut open_on = None;
    let mut open: Tri = Some(false);
    for path in paths {
        let e = st.eff(r, path);
        let t = match &e {
            Eff::Known(v) => {
                let hit = v.strings().into_iter().find(|s| net::is_internet_cidr(s));
                let partly_unknown = v.as_array().is_some_and(|a| {
                    (0..a.len()).any(|i| st.is_unknown(r, &format!("{path}.{i}")))
                });
                if let Some(cidr) = hit {
                    open_on.get_or_insert((path.clone(), cidr.to_string()));
                    Some(true)
                } else if partly_unknown {
                    why_unknown.push(format!("{path} has values unknown until apply"));
                    None
                } else {
                    Some(false)
                }
            }
            Eff::NotSet => Some(false),
            e => {
                why_unknown.push(format!("{path} is {}", unknown_reason(e)));
                None
            }
        };
        open = tri_or(open, t);
    }
    (open, open_on)
}

/// Every security group rule of one `direction` ("ingress" or "egress"), in the three ways
/// Terraform writes them — inline blocks of `aws_security_group` (the worst block decides),
/// `aws_security_group_rule`, `aws_vpc_security_group_{direction}_rule` — each judged by
/// `judge` and reported. `unset` is the Pass message of a group without inline rules.
pub fn judge_sg_rules(
    cx: &mut Cx,
    direction: &str,
    unset: &str,
    judge: impl Fn(&Cx, &Resource, &Fields, &str) -> Verdict,
) {
    for (_, r) in cx.live("aws_security_group") {
        match cx.stack.eff(r, direction) {
            Eff::Known(Val::Arr(blocks)) => {
                let mut worst: Option<Verdict> = None;
                for i in 0..blocks.len() {
                    let p = format!("{direction}.{i}");
                    let f = Fields {
                        protocol: format!("{p}.protocol"),
                        from: format!("{p}.from_port"),
                        to: format!("{p}.to_port"),
                        v4: format!("{p}.cidr_blocks"),
                        v6: format!("{p}.ipv6_cidr_blocks"),
                        action: None,
                    };
                    let v = judge(cx, r, &f, &format!("{direction} rule {i}"));
                    if worst.as_ref().is_none_or(|w| v.0 < w.0) {
                        worst = Some(v);
                    }
                }
                match worst {
                    Some((s, m, a, p)) => {
                        cx.push(r, &a, s, m, p);
                    }
                    None => cx.report(r, direction, Status::Pass, format!("no {direction} rules")),
                }
            }
            Eff::Known(_) | Eff::NotSet => cx.report(r, direction, Status::Pass, unset.into()),
            e => cx.report(
                r,
                direction,
                Status::Unknown,
                format!("{direction} is {}", unknown_reason(&e)),
            ),
        }
    }
    for (_, r) in cx.live("aws_security_group_rule") {
        match cx.stack.eff(r, "type") {
            Eff::Known(v) if v.as_str() == Some(direction) => {}
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
        let (s, m, a, p) = judge(cx, r, &f, &format!("{direction} rule{}", owner(cx, r)));
        cx.push(r, &a, s, m, p);
    }
    for (_, r) in cx.live(&format!("aws_vpc_security_group_{direction}_rule")) {
        let f = Fields {
            protocol: "ip_protocol".into(),
            from: "from_port".into(),
            to: "to_port".into(),
            v4: "cidr_ipv4".into(),
            v6: "cidr_ipv6".into(),
            action: None,
        };
        let (s, m, a, p) = judge(cx, r, &f, &format!("{direction} rule{}", owner(cx, r)));
        cx.push(r, &a, s, m, p);
    }
}

/// Every ingress rule of one security group `sg`, in the three ways Terraform writes them
/// (its inline `ingress` blocks, `aws_security_group_rule` of type `ingress` and
/// `aws_vpc_security_group_ingress_rule` pointing at it), each judged for `kind`, with the
/// resource that holds it. The second value says why the group's rules cannot all be told
/// (inline blocks unknown until apply, a rule's type unknown, a rule whose group is unknown).
pub fn group_ingress(
    cx: &Cx,
    sg: ResId,
    kind: Exposure,
) -> (Vec<(ResId, Verdict)>, Option<String>) {
    let st = cx.stack;
    let r = &st.resources[sg];
    let mut out = Vec::new();
    let mut why = None;
    match st.eff(r, "ingress") {
        Eff::Known(Val::Arr(blocks)) => {
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
                out.push((
                    sg,
                    judge_exposure(cx, r, &f, &format!("ingress rule {i}"), kind),
                ));
            }
        }
        Eff::Known(_) | Eff::NotSet => {}
        e => {
            why = Some(format!(
                "ingress of {} is {}",
                r.address,
                unknown_reason(&e)
            ))
        }
    }
    let rules = cx.partners(sg, "aws_security_group_rule", "security_group_id");
    for e in &rules.found {
        let rule = &st.resources[e.from];
        if rule.is_deleted() {
            continue;
        }
        match st.eff(rule, "type") {
            Eff::Known(v) if v.as_str() == Some("ingress") => {}
            Eff::Known(_) => continue,
            t => {
                why.get_or_insert(format!(
                    "the type of {} is {}",
                    rule.address,
                    unknown_reason(&t)
                ));
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
        out.push((e.from, judge_exposure(cx, rule, &f, "ingress rule", kind)));
    }
    let vpc_rules = cx.partners(
        sg,
        "aws_vpc_security_group_ingress_rule",
        "security_group_id",
    );
    for e in &vpc_rules.found {
        let rule = &st.resources[e.from];
        if rule.is_deleted() {
            continue;
        }
        let f = Fields {
            protocol: "ip_protocol".into(),
            from: "from_port".into(),
            to: "to_port".into(),
            v4: "cidr_ipv4".into(),
            v6: "cidr_ipv6".into(),
            action: None,
        };
        out.push((e.from, judge_exposure(cx, rule, &f, "ingress rule", kind)));
    }
    // A rule whose group is unknown may belong to this one, unless it is egress or its
    // possible groups leave this one out.
    let may_belong = |u: &&crate::model::Unresolved| {
        let rule = &st.resources[u.from];
        (u.candidates.is_empty() || u.candidates.contains(&sg))
            && !matches!(st.eff(rule, "type"), Eff::Known(v) if v.as_str() == Some("egress"))
    };
    if let Some(u) = rules
        .unresolved
        .iter()
        .chain(vpc_rules.unresolved)
        .find(may_belong)
    {
        why.get_or_insert(format!(
            "the group of {} is unknown until apply: {}",
            st.resources[u.from].address, u.reason
        ));
    }
    (out, why)
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

/// Every network ACL ingress entry, in the two ways Terraform writes them — inline `ingress`
/// blocks of `aws_network_acl` and `aws_default_network_acl` (the worst block decides), and
/// `aws_network_acl_rule` with `egress = false` (the default) — each judged by `judge` and
/// reported. An ACL without ingress entries passes: a new custom ACL denies all inbound
/// traffic, and Terraform removes the default ACL's allow-all entry when
/// `aws_default_network_acl` lists none.
pub fn judge_nacl_ingress(cx: &mut Cx, judge: impl Fn(&Cx, &Resource, &Fields, &str) -> Verdict) {
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
        let (s, m, a, p) = judge(cx, r, &f, &nacl_entry(cx, r));
        cx.push(r, &a, s, m, p);
    }
}

/// `ingress entry N of aws_network_acl.x` as far as the plan tells.
fn nacl_entry(cx: &Cx, r: &Resource) -> String {
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
