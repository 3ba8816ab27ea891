use crate::model::value::count;
use crate::model::{Eff, Resource, Val};
use crate::rules::ec2::imdsv2_not_required::{eff, template, Template};
use crate::rules::{declare_rule, tri_bool, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_instance` and `aws_launch_configuration` do not set
    /// `associate_public_ip_address = true`, nor does any `network_interfaces` block of an
    /// `aws_launch_template`. `false` passes, unless an `aws_eip` (`instance`) or
    /// `aws_eip_association` (`instance_id`) of the plan gives the instance an Elastic IP: that
    /// is a public address whatever the subnet or the setting (Unknown when one cannot be
    /// followed).
    ///
    /// Unset, the subnet decides: an instance whose `subnet_id` is a subnet of the plan gets
    /// that subnet's `map_public_ip_on_launch` (unset: false), so it fails on a subnet that
    /// assigns public IPs and passes on one that does not. A subnet outside the plan, no subnet
    /// (the default VPC's default subnet, which assigns public IPs), attached network interfaces,
    /// and launch templates and configurations without the setting (the Auto Scaling group's
    /// subnets decide) are Unknown. A value unknown until apply is Unknown. An instance that sets
    /// nothing and launches from a launch template of the plan is judged through the template.
    ///
    /// ## Why it matters
    /// A public IP makes the instance reachable from the internet as far as its security groups
    /// and network ACLs allow: one rule too wide exposes it. Instances behind a load balancer or
    /// reached through Session Manager need none.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_instance" "app" {
    ///   ami                         = "ami-0abcdef1234567890"
    ///   instance_type               = "t3.micro"
    ///   associate_public_ip_address = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_instance" "app" {
    ///   ami                         = "ami-0abcdef1234567890"
    ///   instance_type               = "t3.micro"
    ///   subnet_id                   = aws_subnet.private.id
    ///   associate_public_ip_address = false
    /// }
    /// ```
    pub struct PublicIpAssociated {
        id: "AWS-EC2-013",
        slug: "ec2-public-ip-associated",
        service: "ec2",
        category: "network",
        severity: High,
        title: "Public IP associated",
        types: ["aws_instance", "aws_launch_template", "aws_launch_configuration"],
        default_enabled: true,
        covers: [
            Fsbp "EC2.9" in ["aws_instance"],
            Fsbp "EC2.25" in ["aws_launch_template"],
            Fsbp "AutoScaling.5" in ["aws_launch_configuration"],
            Checkov "CKV_AWS_88" in ["aws_instance", "aws_launch_template"],
            Trivy "AVD-AWS-0009" in ["aws_launch_configuration", "aws_launch_template"],
            Kics "ec2_instance_has_public_ip" in ["aws_instance"],
        ],
    }
}

const ATTR: &str = "associate_public_ip_address";

/// A known flag: launch templates write it as a string.
fn flag(v: &Val) -> Option<bool> {
    v.as_bool().or(match v.as_str() {
        Some("true") => Some(true),
        Some("false") => Some(false),
        _ => None,
    })
}

/// The verdict on a set flag; None when unset.
fn own(cx: &Cx, r: &Resource, path: &str) -> Option<(Status, String)> {
    let e = eff(cx, r, path);
    match &e {
        Eff::NotSet | Eff::Known(Val::Null) => None,
        Eff::Known(v) => match flag(v) {
            Some(true) => Some((
                Status::Fail,
                format!(
                    "associate_public_ip_address is {}",
                    cx.stack.show(r, path, v)
                ),
            )),
            Some(false) => Some((Status::Pass, "no public IP associated".to_string())),
            None => Some((
                Status::Unknown,
                "associate_public_ip_address is not a boolean".to_string(),
            )),
        },
        _ => Some((
            Status::Unknown,
            format!("associate_public_ip_address is {}", unknown_reason(&e)),
        )),
    }
}

/// An instance without the flag: its subnet decides.
fn by_subnet(cx: &Cx, r: &Resource) -> (Status, String) {
    let stack = cx.stack;
    if count(r.values, "network_interface") > 0 {
        return (
            Status::Unknown,
            "associate_public_ip_address is not set and the instance attaches network \
             interfaces, whose settings decide"
                .to_string(),
        );
    }
    let t = cx.targets(r, "subnet_id");
    let subnets: Vec<_> = t
        .ids
        .iter()
        .filter(|&&i| stack.resources[i].rtype == "aws_subnet")
        .collect();
    match (subnets.as_slice(), t.external.first(), t.unresolved) {
        ([&s], None, None) => {
            let sub = &stack.resources[s];
            let e = stack.eff(sub, "map_public_ip_on_launch");
            match tri_bool(&e, false) {
                Some(true) => (
                    Status::Fail,
                    format!(
                        "associate_public_ip_address is not set, and its subnet {} assigns public \
                         IPs on launch (map_public_ip_on_launch)",
                        sub.address
                    ),
                ),
                Some(false) => (
                    Status::Pass,
                    format!(
                        "associate_public_ip_address is not set, and its subnet {} does not assign \
                         public IPs on launch",
                        sub.address
                    ),
                ),
                None => (
                    Status::Unknown,
                    format!(
                        "associate_public_ip_address is not set, and map_public_ip_on_launch of \
                         its subnet {} is {}",
                        sub.address,
                        unknown_reason(&e)
                    ),
                ),
            }
        }
        ([], Some(x), _) => (
            Status::Unknown,
            format!(
                "associate_public_ip_address is not set: subnet {x}, outside the plan, decides"
            ),
        ),
        ([], None, None) if matches!(stack.eff(r, "subnet_id"), Eff::NotSet) => (
            Status::Unknown,
            "associate_public_ip_address is not set and there is no subnet_id: the default \
             VPC's default subnet, which assigns public IPs, decides"
                .to_string(),
        ),
        (_, _, Some(why)) => (
            Status::Unknown,
            format!("associate_public_ip_address is not set, and its subnet is unknown: {why}"),
        ),
        _ => (
            Status::Unknown,
            "associate_public_ip_address is not set, and the plan cannot tie its subnet to one \
             of its own"
                .to_string(),
        ),
    }
}

/// An Elastic IP the plan attaches to instance `id` (`aws_eip.instance`,
/// `aws_eip_association.instance_id`): Fail naming it, or Unknown when one cannot be followed.
fn elastic_ip(cx: &Cx, id: crate::model::ResId) -> Option<(Status, String)> {
    let mut open = None;
    for (t, attr) in [
        ("aws_eip", "instance"),
        ("aws_eip_association", "instance_id"),
    ] {
        let p = cx.partners(id, t, attr);
        if let Some(e) = p.found.first() {
            return Some((
                Status::Fail,
                format!(
                    "{} attaches an Elastic IP, a public address, to the instance",
                    cx.address(e.from)
                ),
            ));
        }
        if let Some(u) = p.unresolved.first() {
            open.get_or_insert((
                Status::Unknown,
                format!(
                    "the {attr} of {} cannot be followed: {}",
                    cx.address(u.from),
                    u.reason
                ),
            ));
        }
    }
    open
}

impl Rule for PublicIpAssociated {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_instance") {
            let eip = elastic_ip(cx, id);
            let (status, msg) = match own(cx, r, ATTR) {
                Some(v) => v,
                None => match template(cx, r) {
                    Template::None => by_subnet(cx, r),
                    Template::InPlan => match &eip {
                        Some((Status::Fail, why)) => (Status::Fail, why.clone()),
                        _ => continue,
                    },
                    Template::External(why) | Template::Elsewhere(why) => (
                        Status::Unknown,
                        format!("associate_public_ip_address is not set: it takes that of {why}"),
                    ),
                },
            };
            // An Elastic IP on the instance is a public address whatever the subnet says.
            let (status, msg) = match (status, eip) {
                (Status::Fail, _) | (_, None) => (status, msg),
                (Status::Pass, Some(eip)) => eip,
                (_, Some((Status::Fail, why))) => (Status::Fail, why),
                (_, Some(_)) => (status, msg),
            };
            let prov = cx.stack.provenance(r, ATTR);
            cx.push(r, ATTR, status, msg, prov);
        }
        for (_, r) in cx.live("aws_launch_configuration") {
            let (status, msg) = own(cx, r, ATTR).unwrap_or_else(|| {
                (
                    Status::Unknown,
                    "associate_public_ip_address is not set: the Auto Scaling group's subnets \
                     decide"
                        .to_string(),
                )
            });
            let prov = cx.stack.provenance(r, ATTR);
            cx.push(r, ATTR, status, msg, prov);
        }
        for (_, r) in cx.live("aws_launch_template") {
            let n = count(r.values, "network_interfaces");
            let results: Vec<_> = (0..n)
                .map(|i| own(cx, r, &format!("network_interfaces.{i}.{ATTR}")))
                .collect();
            let fail = results
                .iter()
                .flatten()
                .find(|(s, _)| *s == Status::Fail)
                .cloned();
            let unknown = results
                .iter()
                .flatten()
                .find(|(s, _)| *s == Status::Unknown)
                .cloned();
            let (status, msg) = if let Some(f) = fail {
                f
            } else if let Some(u) = unknown {
                u
            } else if n > 0 && results.iter().all(Option::is_some) {
                (Status::Pass, "no public IP associated".to_string())
            } else {
                match eff(cx, r, "network_interfaces.0.associate_public_ip_address") {
                    e @ (Eff::Unresolved(_) | Eff::FromResources { .. }) => (
                        Status::Unknown,
                        format!("network_interfaces is {}", unknown_reason(&e)),
                    ),
                    _ => (
                        Status::Unknown,
                        "associate_public_ip_address is not set: the subnets of the instances \
                         or Auto Scaling group decide"
                            .to_string(),
                    ),
                }
            };
            cx.report(r, ATTR, status, msg);
        }
    }
}
