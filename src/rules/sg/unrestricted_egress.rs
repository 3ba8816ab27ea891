use crate::model::Val;
use crate::model::{Eff, Resource};
use crate::rules::exposure::{judge_sg_rules, Fields};
use crate::rules::net::{self, Ports, Protocol};
use crate::rules::{declare_rule, tri_and, Cx, Rule, RuleMeta, Status, Tri};

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

impl Rule for UnrestrictedEgress {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let unset = "no inline egress (Terraform removes AWS's default allow-all rule)";
        judge_sg_rules(cx, "egress", unset, judge);
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
