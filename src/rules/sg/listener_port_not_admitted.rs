use crate::model::Val;
use crate::model::{Eff, ResId, Resource};
use crate::rules::net::{self, Ports, Protocol};
use crate::rules::waf::alb_without_waf::is_application;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status, Tri};

declare_rule! {
    /// ## What it checks
    /// For each HTTP/HTTPS `aws_lb_listener` of an application load balancer, some security
    /// group of the load balancer (`security_groups`) admits the listener's port: an inline
    /// `ingress` block, an `aws_security_group_rule` of type `ingress`, or an
    /// `aws_vpc_security_group_ingress_rule`, with protocol `-1` (or `all`) or a TCP port range
    /// that covers it (`tcp` in any spelling: `6`, `TCP`). Listener → load balancer → security
    /// groups → rules are followed across modules.
    /// A port or rule unknown at plan time, or a load balancer without security groups in the
    /// plan, gives Unknown.
    ///
    /// ## Why it matters
    /// The typical case is an HTTP:80 listener that redirects to HTTPS behind a security group
    /// that opens only 443: the redirect never answers, and users who type the bare domain get
    /// a timeout.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lb_listener" "http" {
    ///   load_balancer_arn = aws_lb.web.arn
    ///   port              = 80
    ///   protocol          = "HTTP"
    ///   # redirect to 443 ... while aws_lb.web's security group admits only 443
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add an ingress rule for the listener's port to the load balancer's security group.
    pub struct ListenerPortNotAdmitted {
        id: "AWS-SG-003",
        slug: "alb-listener-port-not-admitted",
        service: "elbv2",
        category: "network",
        severity: High,
        title: "ALB listener port not admitted by ALB SGs",
        types: ["aws_lb_listener", "aws_lb", "aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"],
        default_enabled: true,
    }
}

/// Whether one rule (at `prefix` of `r`) admits TCP `port`: every protocol, or TCP (by any
/// spelling) with a range covering it. A UDP or ICMP rule admits no listener.
fn admits(cx: &Cx, r: &Resource, prefix: &str, proto_attr: &str, port: f64) -> Tri {
    let p = |a: &str| {
        if prefix.is_empty() {
            a.to_string()
        } else {
            format!("{prefix}.{a}")
        }
    };
    let protocol = match cx.stack.eff(r, &p(proto_attr)) {
        Eff::Known(Val::Str(s)) => Protocol::parse(s),
        Eff::Known(Val::Num(n)) => Protocol::from_num(*n),
        Eff::Known(_) | Eff::NotSet => Protocol::Other,
        _ => return None,
    };
    if protocol.is_all() {
        return Some(true);
    }
    let num = |a: &str| match cx.stack.eff(r, &p(a)) {
        Eff::Known(Val::Num(n)) => Some(Some(*n)),
        Eff::Known(_) | Eff::NotSet => Some(None),
        _ => None,
    };
    let ports = Ports {
        from: num("from_port")?,
        to: num("to_port")?,
    };
    Some(net::admits_tcp(protocol, ports, port))
}

/// Whether security group `sg` admits `port`, through any of the three ways to write ingress.
fn group_admits(cx: &Cx, sg: ResId, port: f64) -> Tri {
    let r = &cx.stack.resources[sg];
    let mut result = Some(false);
    let mut merge = |t: Tri| {
        result = match (result, t) {
            (Some(true), _) | (_, Some(true)) => Some(true),
            (None, _) | (_, None) => None,
            _ => Some(false),
        }
    };
    match cx.stack.eff(r, "ingress") {
        Eff::Known(Val::Arr(blocks)) => (0..blocks.len())
            .for_each(|i| merge(admits(cx, r, &format!("ingress.{i}"), "protocol", port))),
        Eff::Known(_) | Eff::NotSet => {}
        _ => merge(None),
    }
    let rules = cx.partners(sg, "aws_security_group_rule", "security_group_id");
    for e in &rules.found {
        let rule = &cx.stack.resources[e.from];
        match cx.stack.eff(rule, "type") {
            Eff::Known(Val::Str(t)) if t.as_ref() == "ingress" => {
                merge(admits(cx, rule, "", "protocol", port))
            }
            Eff::Known(_) => {}
            _ => merge(None),
        }
    }
    let vpc_rules = cx.partners(
        sg,
        "aws_vpc_security_group_ingress_rule",
        "security_group_id",
    );
    for e in &vpc_rules.found {
        merge(admits(
            cx,
            &cx.stack.resources[e.from],
            "",
            "ip_protocol",
            port,
        ));
    }
    if !rules.unresolved.is_empty() || !vpc_rules.unresolved.is_empty() {
        merge(None);
    }
    result
}

impl Rule for ListenerPortNotAdmitted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let listeners: Vec<&Resource> = cx
            .live("aws_lb_listener")
            .chain(cx.live("aws_alb_listener"))
            .map(|(_, r)| r)
            .collect();
        for l in listeners {
            let protocol = match cx.stack.eff(l, "protocol") {
                Eff::Known(Val::Str(p)) => p.to_ascii_uppercase(),
                Eff::Known(_) | Eff::NotSet => "HTTP".to_string(),
                _ => {
                    cx.report(
                        l,
                        "protocol",
                        Status::Unknown,
                        "protocol is unknown until apply".into(),
                    );
                    continue;
                }
            };
            if protocol != "HTTP" && protocol != "HTTPS" {
                continue;
            }
            let port = match cx.stack.eff(l, "port") {
                Eff::Known(Val::Num(n)) => *n,
                _ => {
                    cx.report(
                        l,
                        "port",
                        Status::Unknown,
                        "listener port is unknown until apply".into(),
                    );
                    continue;
                }
            };
            let lb_targets = cx.targets(l, "load_balancer_arn");
            if let Some(why) = lb_targets.unresolved {
                let msg = format!("load_balancer_arn is unknown until apply: {why}");
                cx.report(l, "load_balancer_arn", Status::Unknown, msg);
                continue;
            }
            for lb_id in lb_targets.ids {
                let lb = &cx.stack.resources[lb_id];
                if !matches!(lb.rtype, "aws_lb" | "aws_alb")
                    || is_application(cx, lb) == Some(false)
                {
                    continue;
                }
                let sgs = cx.targets(lb, "security_groups");
                let groups: Vec<ResId> = sgs
                    .ids
                    .iter()
                    .copied()
                    .filter(|&i| cx.stack.resources[i].rtype == "aws_security_group")
                    .collect();
                let (status, msg) = if let Some(why) = sgs.unresolved {
                    (
                        Status::Unknown,
                        format!(
                            "the security groups of {} are unknown until apply: {why}",
                            lb.address
                        ),
                    )
                } else if groups.is_empty() {
                    (
                        Status::Unknown,
                        format!("the security groups of {} are not in the plan", lb.address),
                    )
                } else {
                    let verdicts: Vec<Tri> =
                        groups.iter().map(|&g| group_admits(cx, g, port)).collect();
                    let names = groups
                        .iter()
                        .map(|&g| cx.address(g))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let port = crate::model::format_num(port);
                    if verdicts.contains(&Some(true)) {
                        (Status::Pass, format!("port {port} admitted by {names}"))
                    } else if verdicts.contains(&None) || !sgs.external.is_empty() {
                        (
                            Status::Unknown,
                            format!("whether {names} admit port {port} is unknown until apply"),
                        )
                    } else {
                        (Status::Fail, format!("{protocol}:{port} listener on {}, but no ingress rule of {names} admits port {port}", lb.address))
                    }
                };
                cx.report(l, "port", status, msg);
            }
        }
    }
}
