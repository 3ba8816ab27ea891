use crate::model::Resource;
use crate::rules::{declare_rule, tri_bool, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_efs_mount_target` sits in a subnet that does not assign public IPs on launch:
    /// its `subnet_id` is an `aws_subnet` of the plan whose `map_public_ip_on_launch` is not
    /// true (unset: false, the default). A subnet outside the plan or a reference that cannot be
    /// resolved, and a `map_public_ip_on_launch` unknown until apply, give Unknown. Off by
    /// default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Subnets that hand out public IPs are the internet-facing tier: a mount target there
    /// puts the file system's NFS endpoint next to everything exposed, one security group rule
    /// away from the internet.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_subnet" "public" {
    ///   vpc_id                  = aws_vpc.main.id
    ///   cidr_block              = "10.0.0.0/24"
    ///   map_public_ip_on_launch = true
    /// }
    ///
    /// resource "aws_efs_mount_target" "shared" {
    ///   file_system_id = aws_efs_file_system.shared.id
    ///   subnet_id      = aws_subnet.public.id
    /// }
    /// ```
    ///
    /// ## Fix
    /// Put the mount targets in private subnets (`subnet_id = aws_subnet.private.id`).
    pub struct MountTargetInPublicSubnet {
        id: "AWS-EFS-007",
        slug: "efs-mount-target-in-public-subnet",
        service: "efs",
        category: "network",
        severity: Medium,
        title: "EFS mount target in a subnet that assigns public IPs",
        types: ["aws_efs_mount_target", "aws_subnet"],
        default_enabled: false,
        covers: [Fsbp "EFS.6"],
    }
}

impl Rule for MountTargetInPublicSubnet {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_efs_mount_target") {
            let (status, message) = verdict(cx, r);
            cx.push(r, "subnet_id", status, message, None);
        }
    }
}

/// The verdict from the mount target's subnet.
fn verdict(cx: &Cx, r: &Resource) -> (Status, String) {
    let stack = cx.stack;
    let t = cx.targets(r, "subnet_id");
    if let Some(why) = t.unresolved {
        return (Status::Unknown, format!("subnet_id is {why}"));
    }
    let subnets: Vec<_> = t
        .ids
        .iter()
        .filter(|&&i| stack.resources[i].rtype == "aws_subnet")
        .collect();
    let [&s] = subnets.as_slice() else {
        return (
            Status::Unknown,
            "subnet_id is not a subnet of this plan: whether it assigns public IPs is not known"
                .to_string(),
        );
    };
    let sub = &stack.resources[s];
    let e = stack.eff(sub, "map_public_ip_on_launch");
    match tri_bool(&e, false) {
        Some(true) => (
            Status::Fail,
            format!(
                "subnet {} assigns public IPs on launch (map_public_ip_on_launch): the NFS \
                 endpoint sits in the internet-facing tier",
                sub.address
            ),
        ),
        Some(false) => (
            Status::Pass,
            format!(
                "subnet {} does not assign public IPs on launch",
                sub.address
            ),
        ),
        None => (
            Status::Unknown,
            format!(
                "map_public_ip_on_launch of subnet {} is {}",
                sub.address,
                unknown_reason(&e)
            ),
        ),
    }
}
