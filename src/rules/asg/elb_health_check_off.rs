use crate::model::{Eff, Resource, Val};
use crate::rules::attr::{attr, judge, Expect, Lit, Test};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

/// An Auto Scaling group behind a load balancer replaces instances the load balancer finds
/// unhealthy only with ELB health checks (AWS's default type is `EC2`).
const ELB_CHECKS: Test = attr("health_check_type", Expect::OneOf(&["ELB", "VPC_LATTICE"]))
    .default(Lit::Str("EC2"))
    .risk("instances the load balancer finds unhealthy stay in service");

declare_rule! {
    /// ## What it checks
    /// An `aws_autoscaling_group` behind a load balancer uses its health checks:
    /// `health_check_type = "ELB"` (or `VPC_LATTICE` for a VPC Lattice target group). The group
    /// is behind a load balancer when it sets `load_balancers`, `target_group_arns` or
    /// `traffic_source`, or an `aws_autoscaling_attachment` or
    /// `aws_autoscaling_traffic_source_attachment` points at it through
    /// `autoscaling_group_name`. Unset, AWS's default is `EC2` and fails. Groups behind no
    /// load balancer pass. A value unknown until apply, or an attachment whose group cannot be
    /// followed, gives Unknown.
    ///
    /// Off by default (low severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// EC2 status checks only see the hardware and the OS. An instance whose application no
    /// longer answers stays in service with EC2 checks: the load balancer stops sending it
    /// traffic, but the group never replaces it, and capacity silently shrinks.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_autoscaling_group" "web" {
    ///   min_size            = 2
    ///   max_size            = 4
    ///   vpc_zone_identifier = [aws_subnet.a.id, aws_subnet.b.id]
    ///   target_group_arns   = [aws_lb_target_group.web.arn]
    ///   launch_template {
    ///     id = aws_launch_template.web.id
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    ///   health_check_type         = "ELB"
    ///   health_check_grace_period = 300
    /// ```
    pub struct AsgElbHealthCheckOff {
        id: "AWS-ASG-005",
        slug: "autoscaling-group-elb-health-check-off",
        service: "autoscaling",
        category: "reliability",
        severity: Low,
        title: "Auto Scaling group behind a load balancer ignores its health checks",
        types: ["aws_autoscaling_group"],
        default_enabled: false,
        covers: [Checkov "CKV2_AWS_15", Fsbp "AutoScaling.1"],
    }
}

/// Whether the group names a load balancer itself: Ok(Some(attribute)) when it does.
fn own_link(cx: &Cx, r: &Resource) -> Result<Option<&'static str>, String> {
    for a in ["load_balancers", "target_group_arns", "traffic_source"] {
        match cx.stack.eff(r, a) {
            Eff::Known(Val::Arr(v)) if !v.is_empty() => return Ok(Some(a)),
            Eff::Known(_) | Eff::NotSet => {}
            Eff::FromResources { .. } => return Ok(Some(a)),
            e => return Err(format!("{a} is {}", unknown_reason(&e))),
        }
    }
    Ok(None)
}

impl Rule for AsgElbHealthCheckOff {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_autoscaling_group") {
            let behind = match own_link(cx, r) {
                Err(why) => {
                    let msg =
                        format!("whether the group is behind a load balancer is unknown: {why}");
                    cx.report(r, "", Status::Unknown, msg);
                    continue;
                }
                Ok(Some(a)) => Some(format!("behind a load balancer ({a})")),
                Ok(None) => {
                    let (status, msg) = cx.partner_verdict(
                        id,
                        &[
                            ("aws_autoscaling_attachment", "autoscaling_group_name"),
                            (
                                "aws_autoscaling_traffic_source_attachment",
                                "autoscaling_group_name",
                            ),
                        ],
                        "attached by",
                        "not behind a load balancer",
                    );
                    match status {
                        Status::Pass => Some(format!("behind a load balancer ({msg})")),
                        Status::Fail => {
                            cx.report(r, "", Status::Pass, msg);
                            continue;
                        }
                        Status::Unknown => {
                            cx.report(r, "", Status::Unknown, msg);
                            continue;
                        }
                    }
                }
            };
            let v = judge(cx, r, &ELB_CHECKS);
            let behind = behind.unwrap_or_default();
            cx.report(r, &v.path, v.status, format!("{behind}: {}", v.message));
        }
    }
}
