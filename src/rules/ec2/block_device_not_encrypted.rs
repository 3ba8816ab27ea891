use crate::model::value::count;
use crate::model::{Eff, Resource, Val};
use crate::rules::ec2::ebs_volume_not_encrypted::encryption_by_default;
use crate::rules::ec2::imdsv2_not_required::{eff, template, Template};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The EBS block devices of `aws_instance` and `aws_launch_configuration`
    /// (`root_block_device`, `ebs_block_device`) and of `aws_launch_template`
    /// (`block_device_mappings[*].ebs`) have `encrypted = true`. One result per resource;
    /// it fails when some device fails, naming it.
    ///
    /// A device with `encrypted = false`, or a new data volume (`ebs_block_device`) without
    /// `encrypted`, is unencrypted by AWS's default and fails, unless an
    /// `aws_ebs_encryption_by_default` of the plan turns encryption by default on under the same
    /// provider configuration (then every new volume is encrypted: Pass). Without one in the plan
    /// that setting is taken as off, its AWS default. Where the plan does not show the source
    /// of the volume the result is Unknown: a root device without `encrypted` (the AMI's
    /// snapshot decides), a launch template mapping without `encrypted` (it may be one of the
    /// AMI's devices) or a template without mappings, and a device from a `snapshot_id`. A value
    /// unknown until apply is Unknown.
    ///
    /// An instance that sets no block devices of its own and launches from a launch template
    /// of the plan is not judged: the template is. From a template outside the plan it is
    /// Unknown.
    ///
    /// ## Why it matters
    /// Unencrypted root and data volumes, and the snapshots and AMIs made from them, expose the
    /// instance's data to anyone who gets hold of a snapshot. A volume cannot be encrypted in
    /// place once the instance runs.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_instance" "web" {
    ///   ami           = "ami-0abcdef1234567890"
    ///   instance_type = "t3.micro"
    ///   ebs_block_device {
    ///     device_name = "/dev/sdf"
    ///     volume_size = 100
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_instance" "web" {
    ///   ami           = "ami-0abcdef1234567890"
    ///   instance_type = "t3.micro"
    ///   root_block_device {
    ///     encrypted = true
    ///   }
    ///   ebs_block_device {
    ///     device_name = "/dev/sdf"
    ///     volume_size = 100
    ///     encrypted   = true
    ///   }
    /// }
    /// ```
    pub struct BlockDeviceNotEncrypted {
        id: "AWS-EC2-012",
        slug: "ec2-block-device-not-encrypted",
        service: "ec2",
        category: "encryption",
        severity: High,
        title: "Block device not encrypted",
        types: ["aws_instance", "aws_launch_template", "aws_launch_configuration"],
        default_enabled: true,
        covers: [
            Fsbp "EC2.181" in ["aws_launch_template"],
            Checkov "CKV_AWS_8" in ["aws_instance", "aws_launch_configuration"],
            Trivy "AVD-AWS-0131" in ["aws_instance"],
            Trivy "AVD-AWS-0008" in ["aws_launch_configuration", "aws_launch_template"],
            Kics "launch_configuration_is_not_encrypted" in ["aws_launch_configuration"],
        ],
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// The AMI's root device: unset, the AMI's snapshot decides.
    Root,
    /// A new data volume: unset, unencrypted.
    Data,
    /// A launch template mapping: it may name one of the AMI's devices.
    Mapping,
}

/// A known encryption flag: launch templates write it as a string.
fn flag(v: &Val) -> Option<bool> {
    v.as_bool().or(match v.as_str() {
        Some("true") => Some(true),
        Some("false") => Some(false),
        _ => None,
    })
}

fn device(
    cx: &Cx,
    r: &Resource,
    name: &str,
    (enc, snap): (&str, &str),
    kind: Kind,
    by_default: &Result<Option<&str>, String>,
) -> (Status, String) {
    let stack = cx.stack;
    let e = eff(cx, r, enc);
    let what = match &e {
        Eff::Known(v) if flag(v) == Some(true) => {
            return (Status::Pass, format!("{name} is encrypted"));
        }
        Eff::Known(v) if flag(v) == Some(false) => {
            format!("{name}: encrypted is {}", stack.show(r, enc, v))
        }
        Eff::NotSet | Eff::Known(Val::Null) => format!("{name}: encrypted is not set"),
        Eff::Known(_) | Eff::FromResources { .. } | Eff::Unresolved(_) => {
            return (
                Status::Unknown,
                format!("{name}: encrypted is {}", unknown_reason(&e)),
            );
        }
    };
    let unset = matches!(e, Eff::NotSet | Eff::Known(Val::Null));
    let snapshot = match eff(cx, r, snap) {
        Eff::NotSet | Eff::Known(Val::Null) => false,
        Eff::Known(v) => v.as_str() != Some(""),
        _ => true,
    };
    match by_default {
        Ok(Some(by)) => (
            Status::Pass,
            format!("{what}, but {by} turns on EBS encryption by default"),
        ),
        Err(why) => (
            Status::Unknown,
            format!("{what}, and EBS encryption by default is unknown: {why}"),
        ),
        Ok(None) if snapshot => (
            Status::Unknown,
            format!("{what}: it is created from a snapshot, whose encryption decides"),
        ),
        Ok(None) if unset && kind == Kind::Root => (
            Status::Unknown,
            format!("{what}: the AMI's root snapshot decides, outside the plan"),
        ),
        Ok(None) if unset && kind == Kind::Mapping => (
            Status::Unknown,
            format!(
                "{what}: the AMI's snapshot decides if it is one of the AMI's devices, else it \
                 is unencrypted"
            ),
        ),
        Ok(None) if unset => (
            Status::Fail,
            format!(
                "{what} (AWS default: unencrypted; no aws_ebs_encryption_by_default in this plan)"
            ),
        ),
        Ok(None) => (
            Status::Fail,
            format!("{what}, and no aws_ebs_encryption_by_default in this plan turns it on"),
        ),
    }
}

fn label(r: &Resource, list: &str, i: usize) -> String {
    match crate::model::value::lookup(r.values, &format!("{list}.{i}.device_name"))
        .and_then(Val::as_str)
    {
        Some(d) => format!("{list} {d}"),
        None => format!("{list}[{i}]"),
    }
}

fn verdict(cx: &Cx, r: &Resource) -> Option<(Status, String)> {
    let stack = cx.stack;
    let by_default = encryption_by_default(cx, r);
    let mut results = Vec::new();
    if r.rtype == "aws_launch_template" {
        let n = count(r.values, "block_device_mappings");
        if n == 0 {
            let e = stack.eff(r, "block_device_mappings.0.ebs.0.encrypted");
            let r0 = match (&e, &by_default) {
                (Eff::Unresolved(_) | Eff::FromResources { .. }, _) => (
                    Status::Unknown,
                    format!("block_device_mappings is {}", unknown_reason(&e)),
                ),
                (_, Ok(Some(by))) => (
                    Status::Pass,
                    format!(
                        "no block_device_mappings, but {by} turns on EBS encryption by default"
                    ),
                ),
                _ => (
                    Status::Unknown,
                    "no block_device_mappings: the AMI's devices and snapshots decide, outside \
                     the plan"
                        .to_string(),
                ),
            };
            return Some(r0);
        }
        for i in 0..n {
            if count(r.values, &format!("block_device_mappings.{i}.ebs")) == 0 {
                continue;
            }
            let enc = format!("block_device_mappings.{i}.ebs.0.encrypted");
            let snap = format!("block_device_mappings.{i}.ebs.0.snapshot_id");
            let name = label(r, "block_device_mappings", i);
            results.push(device(
                cx,
                r,
                &name,
                (&enc, &snap),
                Kind::Mapping,
                &by_default,
            ));
        }
    } else {
        let ebs = count(r.values, "ebs_block_device");
        let own_root = !matches!(
            eff(cx, r, "root_block_device.0.encrypted"),
            Eff::NotSet | Eff::Known(Val::Null)
        );
        if r.rtype == "aws_instance" && !own_root && ebs == 0 {
            match template(cx, r) {
                Template::None => {}
                Template::InPlan => return None,
                Template::External(why) | Template::Elsewhere(why) => {
                    return Some((
                        Status::Unknown,
                        format!("no block devices of its own: it takes those of {why}"),
                    ))
                }
            }
        }
        results.push(device(
            cx,
            r,
            "root_block_device",
            (
                "root_block_device.0.encrypted",
                "root_block_device.0.snapshot_id",
            ),
            Kind::Root,
            &by_default,
        ));
        for i in 0..ebs {
            let enc = format!("ebs_block_device.{i}.encrypted");
            let snap = format!("ebs_block_device.{i}.snapshot_id");
            let name = label(r, "ebs_block_device", i);
            results.push(device(cx, r, &name, (&enc, &snap), Kind::Data, &by_default));
        }
    }
    let of = |s: Status| -> Vec<&str> {
        results
            .iter()
            .filter(|(st, _)| *st == s)
            .map(|(_, m)| m.as_str())
            .collect()
    };
    let (fails, unknowns) = (of(Status::Fail), of(Status::Unknown));
    Some(if !fails.is_empty() {
        (Status::Fail, fails.join("; "))
    } else if !unknowns.is_empty() {
        (Status::Unknown, unknowns.join("; "))
    } else if results.is_empty() {
        (
            Status::Pass,
            "no EBS devices in its block device mappings".to_string(),
        )
    } else {
        (Status::Pass, of(Status::Pass).join("; "))
    })
}

impl Rule for BlockDeviceNotEncrypted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for rtype in [
            "aws_instance",
            "aws_launch_template",
            "aws_launch_configuration",
        ] {
            for (_, r) in cx.live(rtype) {
                if let Some((status, msg)) = verdict(cx, r) {
                    cx.report(r, "encrypted", status, msg);
                }
            }
        }
    }
}
