use crate::model::value::count;
use crate::model::{Eff, Resource};
use crate::rules::{declare_rule, tri_set, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_instance` does not run in its VPC's default security group. Its
    /// `vpc_security_group_ids` and `security_groups` are followed: a group that is an
    /// `aws_default_security_group` of the plan, an `aws_vpc`'s `default_security_group_id`, or
    /// the group name `default` fails; groups
    /// that are all `aws_security_group` resources of the plan pass. An ID or name that matches
    /// nothing in the plan (an existing group, possibly the default one), a value computed from
    /// other resources (a condition on an attribute known after apply, a data source), or a
    /// value that cannot be followed is Unknown.
    ///
    /// With neither attribute set, AWS puts the instance in the VPC's default security group:
    /// that fails. An instance that attaches `network_interface` blocks or launches from a
    /// `launch_template` takes its groups from them, so it is Unknown.
    ///
    /// Off by default (medium severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// The default group is shared by everything in the VPC that was not given a group, and by
    /// default admits all traffic between its members: an instance in it can reach and be
    /// reached by unrelated workloads. Dedicated groups keep least-privilege network access.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_instance" "web" {
    ///   ami           = "ami-0abcdef1234567890"
    ///   instance_type = "t3.micro"
    ///   subnet_id     = aws_subnet.private.id
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_instance" "web" {
    ///   ami                    = "ami-0abcdef1234567890"
    ///   instance_type          = "t3.micro"
    ///   subnet_id              = aws_subnet.private.id
    ///   vpc_security_group_ids = [aws_security_group.web.id]
    /// }
    /// ```
    pub struct InstanceUsesDefaultSecurityGroup {
        id: "AWS-EC2-027",
        slug: "instance-uses-default-security-group",
        service: "ec2",
        category: "network",
        severity: Medium,
        title: "Instance in the VPC default security group",
        types: ["aws_instance"],
        default_enabled: false,
        covers: [Kics "ec2_instance_using_default_security_group"],
    }
}

const ATTRS: [&str; 2] = ["vpc_security_group_ids", "security_groups"];

fn judge(cx: &Cx, r: &Resource) -> (&'static str, Status, String) {
    let mut any_set = false;
    let mut open: Option<(&'static str, String)> = None;
    let mut passes = Vec::new();
    for attr in ATTRS {
        let e = cx.stack.eff(r, attr);
        match tri_set(&e) {
            Some(false) => continue,
            None => {
                open.get_or_insert((attr, format!("{attr} is {}", unknown_reason(&e))));
                continue;
            }
            Some(true) => any_set = true,
        }
        if let Eff::FromResources { reference, .. } = &e {
            if reference.contains("default_security_group_id") {
                return (
                    attr,
                    Status::Fail,
                    format!("uses the VPC default security group ({reference})"),
                );
            }
        }
        if attr == "security_groups" {
            if let Eff::Known(v) = &e {
                if v.strings().contains(&"default") {
                    return (
                        attr,
                        Status::Fail,
                        "uses the security group named default".into(),
                    );
                }
            }
        }
        let t = cx.targets(r, attr);
        let groups = |ty: &str| {
            t.ids
                .iter()
                .map(|&i| &cx.stack.resources[i])
                .filter(|g| g.rtype == ty)
                .map(|g| g.address.clone())
                .collect::<Vec<_>>()
        };
        // A value computed from other resources (a condition on an attribute known after
        // apply) may pick any of the groups it names.
        if let Some(other) = t
            .ids
            .iter()
            .map(|&i| &cx.stack.resources[i])
            .find(|g| !matches!(g.rtype, "aws_security_group" | "aws_default_security_group"))
        {
            open.get_or_insert((
                attr,
                format!(
                    "{attr} depends on {}: it may be the VPC default security group",
                    other.address
                ),
            ));
            continue;
        }
        if let Some(d) = groups("aws_default_security_group").first() {
            return (
                attr,
                Status::Fail,
                format!("uses the VPC default security group {d}"),
            );
        }
        passes.extend(groups("aws_security_group"));
        if let Some(x) = t.external.first() {
            open.get_or_insert((
                attr,
                format!("group {x} is not in the plan: it may be the VPC default group"),
            ));
        }
        if let Some(why) = t.unresolved {
            open.get_or_insert((attr, format!("{attr} cannot be followed: {why}")));
        }
    }
    if let Some((attr, why)) = open {
        return (attr, Status::Unknown, why);
    }
    if any_set {
        return (
            ATTRS[0],
            Status::Pass,
            format!("security groups: {}", passes.join(", ")),
        );
    }
    if count(r.values, "network_interface") > 0 {
        return (
            ATTRS[0],
            Status::Unknown,
            "no security groups set; the attached network interfaces decide".into(),
        );
    }
    if count(r.values, "launch_template") > 0 {
        return (
            ATTRS[0],
            Status::Unknown,
            "no security groups set; the launch template may set them".into(),
        );
    }
    (
        ATTRS[0],
        Status::Fail,
        "no security groups set: AWS puts the instance in the VPC default security group".into(),
    )
}

impl Rule for InstanceUsesDefaultSecurityGroup {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_instance") {
            let (attr, status, msg) = judge(cx, r);
            let prov = cx.stack.provenance(r, attr);
            cx.push(r, attr, status, msg, prov);
        }
    }
}
