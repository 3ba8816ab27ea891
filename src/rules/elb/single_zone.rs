use crate::model::{Eff, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// A load balancer spans at least two Availability Zones. For an `aws_lb`/`aws_alb`: at
    /// least two `subnets` or `subnet_mapping` blocks (AWS allows one subnet per zone); for an
    /// `aws_elb`: at least two `availability_zones` or `subnets`. Fewer fails; a list known
    /// only at apply gives Unknown. Off by default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// A load balancer in one zone goes down with that zone, taking every target with it.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lb" "nlb" {
    ///   load_balancer_type = "network"
    ///   subnets            = [aws_subnet.a.id]
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// subnets = [aws_subnet.a.id, aws_subnet.b.id]
    /// ```
    pub struct SingleZone {
        id: "AWS-ELB-012",
        slug: "elb-single-zone",
        service: "elb",
        category: "resilience",
        severity: Medium,
        title: "Load balancer in a single Availability Zone",
        types: ["aws_lb", "aws_alb", "aws_elb"],
        default_enabled: false,
        covers: [Fsbp "ELB.10" in ["aws_elb"], Fsbp "ELB.13" in ["aws_lb", "aws_alb"]],
    }
}

impl Rule for SingleZone {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        for rtype in ["aws_lb", "aws_alb", "aws_elb"] {
            let lists: &[&str] = if rtype == "aws_elb" {
                &["availability_zones", "subnets"]
            } else {
                &["subnets", "subnet_mapping"]
            };
            for (_, r) in cx.live(rtype) {
                let mut best = (0, lists[0]);
                let mut unknown = None;
                for &l in lists {
                    match stack.eff(r, l) {
                        Eff::Known(Val::Arr(items)) => {
                            if items.len() > best.0 {
                                best = (items.len(), l);
                            }
                        }
                        Eff::NotSet | Eff::Known(_) => {}
                        e => {
                            unknown.get_or_insert(format!("{l} is {}", unknown_reason(&e)));
                        }
                    }
                }
                let (status, msg) = match (best.0, unknown) {
                    (n, _) if n >= 2 => (Status::Pass, format!("{} has {n} entries", best.1)),
                    (_, Some(why)) => (Status::Unknown, why),
                    (n, None) => (
                        Status::Fail,
                        format!(
                            "{} has {n} {} (at least 2 zones needed): the load balancer goes down with its zone",
                            lists.join(" / "),
                            if n == 1 { "entry" } else { "entries" }
                        ),
                    ),
                };
                cx.report(r, best.1, status, msg);
            }
        }
    }
}
