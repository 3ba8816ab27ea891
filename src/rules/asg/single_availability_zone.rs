use std::collections::BTreeSet;

use crate::model::{Eff, Resource, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_autoscaling_group` spans at least two Availability Zones: its
    /// `availability_zones` name two or more distinct zones, or the subnets of its
    /// `vpc_zone_identifier` lie in two or more distinct zones (read from the
    /// `availability_zone` or `availability_zone_id` of subnets of the plan). Subnets outside
    /// the plan, or whose zone is known only after apply, give Unknown unless the known ones
    /// already span two zones. A group that sets neither is Unknown.
    ///
    /// Off by default (medium severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// A group in one zone goes down with that zone: Auto Scaling can only replace instances
    /// where it is allowed to launch them.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_autoscaling_group" "web" {
    ///   min_size            = 2
    ///   max_size            = 4
    ///   vpc_zone_identifier = [aws_subnet.a.id]
    ///   launch_template {
    ///     id = aws_launch_template.web.id
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    ///   vpc_zone_identifier = [aws_subnet.a.id, aws_subnet.b.id]
    /// ```
    /// with the subnets in different Availability Zones.
    pub struct AsgSingleAvailabilityZone {
        id: "AWS-ASG-006",
        slug: "autoscaling-group-single-availability-zone",
        service: "autoscaling",
        category: "resilience",
        severity: Medium,
        title: "Auto Scaling group in a single Availability Zone",
        types: ["aws_autoscaling_group"],
        default_enabled: false,
        covers: [Fsbp "AutoScaling.2"],
    }
}

/// The zones of the group's subnets, and why some are unknown.
fn subnet_zones(cx: &Cx, r: &Resource) -> (BTreeSet<String>, Option<String>) {
    let mut zones = BTreeSet::new();
    let mut why = None;
    let t = cx.targets(r, "vpc_zone_identifier");
    if let Some(u) = &t.unresolved {
        why = Some(format!("vpc_zone_identifier is unknown until apply: {u}"));
    }
    if let Some(x) = t.external.first() {
        why.get_or_insert(format!("subnet {x} is not in the plan"));
    }
    for &i in &t.ids {
        let s = &cx.stack.resources[i];
        let zone = ["availability_zone", "availability_zone_id"]
            .iter()
            .find_map(|a| match cx.stack.eff(s, a) {
                Eff::Known(Val::Str(z)) if !z.is_empty() => Some(z.to_string()),
                _ => None,
            });
        match zone {
            Some(z) => {
                zones.insert(z);
            }
            None => {
                why.get_or_insert(format!(
                    "the zone of {} is known only after apply",
                    s.address
                ));
            }
        }
    }
    (zones, why)
}

impl Rule for AsgSingleAvailabilityZone {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_autoscaling_group") {
            let (attr, status, msg) = match cx.stack.eff(r, "availability_zones") {
                Eff::Known(Val::Arr(v)) if !v.is_empty() => {
                    let zones: BTreeSet<&str> = v.iter().filter_map(|z| z.as_str()).collect();
                    let list = zones.iter().copied().collect::<Vec<_>>().join(", ");
                    if zones.len() >= 2 {
                        ("availability_zones", Status::Pass, format!("spans {list}"))
                    } else {
                        let m = format!("only in {list}: the group goes down with that zone");
                        ("availability_zones", Status::Fail, m)
                    }
                }
                Eff::Known(_) | Eff::NotSet => {
                    let (zones, why) = subnet_zones(cx, r);
                    let list = zones.iter().cloned().collect::<Vec<_>>().join(", ");
                    match (zones.len(), why) {
                        (n, _) if n >= 2 => (
                            "vpc_zone_identifier",
                            Status::Pass,
                            format!("subnets span {list}"),
                        ),
                        (_, Some(why)) => ("vpc_zone_identifier", Status::Unknown, why),
                        (1, None) => (
                            "vpc_zone_identifier",
                            Status::Fail,
                            format!("subnets only in {list}: the group goes down with that zone"),
                        ),
                        _ => (
                            "vpc_zone_identifier",
                            Status::Unknown,
                            "neither availability_zones nor subnets of the plan".to_string(),
                        ),
                    }
                }
                e => (
                    "availability_zones",
                    Status::Unknown,
                    format!("availability_zones is {}", unknown_reason(&e)),
                ),
            };
            cx.report(r, attr, status, msg);
        }
    }
}
