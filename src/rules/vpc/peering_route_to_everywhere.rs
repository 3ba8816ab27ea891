use crate::model::value::lookup;
use crate::model::{Eff, Resource, Val};
use crate::rules::ec2::imdsv2_not_required::eff;
use crate::rules::exposure::open_to_internet;
use crate::rules::{declare_rule, tri_and, unknown_reason, Cx, Rule, RuleMeta, Status, Tri};

declare_rule! {
    /// ## What it checks
    /// Routes to a VPC peering connection whose destination is every address: `0.0.0.0/0` or
    /// `::/0` in any spelling (`::0/0`, `0.0.0.0/00`). Both ways Terraform writes routes are
    /// judged: `aws_route` (`destination_cidr_block`, `destination_ipv6_cidr_block`) and the
    /// inline `route` blocks of `aws_route_table` and `aws_default_route_table` (`cidr_block`,
    /// `ipv6_cidr_block`; the worst peering route decides, `dynamic` blocks over known
    /// collections included). Routes to anything but a peering connection, and route tables
    /// without one, are not judged. A peering connection set from a resource of the plan
    /// counts as set; a destination or a `vpc_peering_connection_id` unknown until apply gives
    /// Unknown. Destinations given as prefix lists are not judged as everywhere.
    ///
    /// ## Why it matters
    /// A peering connection should carry only the peer VPC's CIDRs. A default route through it
    /// sends all traffic without a more specific route — internet-bound traffic included — to
    /// the peer, and widens what the two networks can reach of each other well beyond what
    /// the peering was made for.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_route" "to_peer" {
    ///   route_table_id            = aws_route_table.private.id
    ///   destination_cidr_block    = "0.0.0.0/0"
    ///   vpc_peering_connection_id = aws_vpc_peering_connection.shared.id
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_route" "to_peer" {
    ///   route_table_id            = aws_route_table.private.id
    ///   destination_cidr_block    = "10.20.0.0/16" # the peer VPC's CIDR
    ///   vpc_peering_connection_id = aws_vpc_peering_connection.shared.id
    /// }
    /// ```
    pub struct PeeringRouteToEverywhere {
        id: "AWS-VPC-014",
        slug: "vpc-peering-route-to-everywhere",
        service: "vpc",
        category: "network",
        severity: High,
        title: "Peering connection routes all destinations",
        types: ["aws_route", "aws_route_table", "aws_default_route_table"],
        default_enabled: true,
        covers: [Checkov "CKV2_AWS_44", Kics "vpc_peering_route_table_with_unrestricted_cidr"],
    }
}

/// Status, message and attribute of one route.
type Verdict = (Status, String, String);

/// Judge one route; None when it does not go to a peering connection.
fn route(cx: &Cx, r: &Resource, peering: &str, v4: &str, v6: &str, what: &str) -> Option<Verdict> {
    let st = cx.stack;
    let mut why = Vec::new();
    // Inside a `dynamic "route"` block the plan still knows the expanded routes' fields.
    let is_peering: Tri = match eff(cx, r, peering) {
        Eff::Known(v) => Some(!v.is_empty()),
        Eff::NotSet => Some(false),
        Eff::FromResources { .. } => Some(true),
        e @ Eff::Unresolved(_) => {
            why.push(format!("{peering} is {}", unknown_reason(&e)));
            None
        }
    };
    if is_peering == Some(false) {
        return None;
    }
    let (v4, v6) = (v4.to_string(), v6.to_string());
    let (open, open_on) = open_to_internet(st, r, [&v4, &v6], &mut why);
    Some(match tri_and(is_peering, open) {
        Some(true) => {
            let (path, cidr) = open_on.unwrap_or_else(|| (v4.clone(), "0.0.0.0/0".into()));
            // Inline routes are one expression in the configuration: its references say
            // nothing about this CIDR.
            let shown = if path.starts_with("route.") {
                cidr
            } else {
                st.show(r, &path, &Val::Str(cidr.into()))
            };
            (
                Status::Fail,
                format!(
                    "{what} sends {shown} to a VPC peering connection: all traffic without a more \
                     specific route goes to the peer"
                ),
                path,
            )
        }
        Some(false) => (
            Status::Pass,
            format!("{what} to a VPC peering connection has a bounded destination"),
            v4,
        ),
        None => (
            Status::Unknown,
            format!(
                "{what} may send every destination to a VPC peering connection: {}",
                why.join("; ")
            ),
            v4,
        ),
    })
}

impl Rule for PeeringRouteToEverywhere {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_route") {
            let v = route(
                cx,
                r,
                "vpc_peering_connection_id",
                "destination_cidr_block",
                "destination_ipv6_cidr_block",
                "the route",
            );
            if let Some((s, m, a)) = v {
                let prov = cx.stack.provenance(r, &a);
                cx.push(r, &a, s, m, prov);
            }
        }
        let tables: Vec<_> = cx
            .live("aws_route_table")
            .chain(cx.live("aws_default_route_table"))
            .collect();
        for (_, r) in tables {
            let routes = match cx.stack.eff(r, "route") {
                Eff::Known(Val::Arr(blocks)) => Ok(blocks.len()),
                Eff::Known(_) | Eff::NotSet => Ok(0),
                // A `dynamic "route"` block over a known collection: the plan lists the routes.
                e => match (lookup(r.values, "route"), lookup(r.unknown, "route")) {
                    (Some(Val::Arr(b)), None | Some(Val::Arr(_) | Val::Bool(false))) => Ok(b.len()),
                    _ => Err(e),
                },
            };
            match routes {
                Ok(n) => {
                    let mut worst: Option<Verdict> = None;
                    for i in 0..n {
                        let p = format!("route.{i}");
                        let v = route(
                            cx,
                            r,
                            &format!("{p}.vpc_peering_connection_id"),
                            &format!("{p}.cidr_block"),
                            &format!("{p}.ipv6_cidr_block"),
                            &format!("route {i}"),
                        );
                        if let Some(v) = v {
                            if worst.as_ref().is_none_or(|w| v.0 < w.0) {
                                worst = Some(v);
                            }
                        }
                    }
                    if let Some((s, m, a)) = worst {
                        cx.report(r, &a, s, m);
                    }
                }
                Err(e) => cx.report(
                    r,
                    "route",
                    Status::Unknown,
                    format!(
                        "the routes are {}: one may send every destination to a VPC peering \
                         connection",
                        unknown_reason(&e)
                    ),
                ),
            }
        }
    }
}
