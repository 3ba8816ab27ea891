use crate::model::{Eff, Resource, Val};
use crate::rules::{declare_rule, tri_bool, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_ebs_volume` has `encrypted = true`. Unset or `false` means AWS's default, which is
    /// unencrypted unless EBS encryption by default is on in the account and region: an
    /// `aws_ebs_encryption_by_default` with `enabled = true` in the plan, under the same provider
    /// configuration, makes every new volume encrypted and the volume passes. Without one in the
    /// plan the setting is taken as off (its AWS default), and the volume fails. A volume created
    /// from a snapshot (`snapshot_id`) without `encrypted = true` has the snapshot's encryption:
    /// Unknown. A value unknown until apply is Unknown.
    ///
    /// ## Why it matters
    /// An unencrypted volume, its snapshots and the volumes restored from them expose their data
    /// to anyone who gets hold of a snapshot (shared by mistake, or copied). An existing volume
    /// cannot be encrypted in place: it has to be copied through an encrypted snapshot.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ebs_volume" "data" {
    ///   availability_zone = "us-east-1a"
    ///   size              = 100
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_ebs_volume" "data" {
    ///   availability_zone = "us-east-1a"
    ///   size              = 100
    ///   encrypted         = true
    ///   kms_key_id        = aws_kms_key.ebs.arn
    /// }
    /// ```
    /// or turn on `aws_ebs_encryption_by_default` in every region.
    pub struct EbsVolumeNotEncrypted {
        id: "AWS-EC2-011",
        slug: "ebs-volume-not-encrypted",
        service: "ec2",
        category: "encryption",
        severity: High,
        title: "EBS volume not encrypted",
        types: ["aws_ebs_volume"],
        default_enabled: true,
        covers: [
            Fsbp "EC2.3",
            Checkov "CKV_AWS_3",
            Checkov "CKV2_AWS_2",
            Trivy "AVD-AWS-0026",
            Kics "ebs_volume_encryption_disabled",
        ],
    }
}

/// EBS encryption by default under a resource's provider configuration: Some(address) when the
/// plan turns it on, Err when it declares it with a value unknown until apply.
pub fn encryption_by_default<'s>(cx: &Cx<'s, '_>, r: &Resource) -> Result<Option<&'s str>, String> {
    let stack = cx.stack;
    let provider = stack.provider_config(r).map(|p| p as *const _);
    let mut unknown = None;
    for (_, d) in cx.live("aws_ebs_encryption_by_default") {
        if stack.provider_config(d).map(|p| p as *const _) != provider {
            continue;
        }
        let e = stack.eff(d, "enabled");
        match tri_bool(&e, true) {
            Some(true) => return Ok(Some(&*d.address)),
            Some(false) => {}
            None => unknown = Some(format!("{} enabled is {}", d.address, unknown_reason(&e))),
        }
    }
    match unknown {
        Some(why) => Err(why),
        None => Ok(None),
    }
}

impl Rule for EbsVolumeNotEncrypted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_ebs_volume") {
            let stack = cx.stack;
            let e = stack.eff(r, "encrypted");
            let own = match (tri_bool(&e, false), &e) {
                (Some(true), _) => Some((Status::Pass, "the volume is encrypted".to_string())),
                (Some(false), Eff::NotSet | Eff::Known(Val::Null)) => None,
                (Some(false), Eff::Known(v)) => Some((
                    Status::Fail,
                    format!("encrypted is {}", stack.show(r, "encrypted", v)),
                )),
                _ => Some((
                    Status::Unknown,
                    format!("encrypted is {}", unknown_reason(&e)),
                )),
            };
            let (status, msg) = match own {
                Some((Status::Pass | Status::Unknown, _)) => own.unwrap(),
                _ => {
                    let unset = own.is_none();
                    let what = own
                        .map(|(_, m)| m)
                        .unwrap_or_else(|| "encrypted is not set".to_string());
                    let snap = stack.eff(r, "snapshot_id");
                    let snapshot = !matches!(snap, Eff::NotSet | Eff::Known(Val::Null))
                        && snap.clone_known().as_deref() != Some("");
                    match encryption_by_default(cx, r) {
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
                            format!(
                                "{what}: created from a snapshot, whose encryption it takes \
                                 (outside the plan)"
                            ),
                        ),
                        Ok(None) if unset => (
                            Status::Fail,
                            format!(
                                "{what} (AWS default: unencrypted; no aws_ebs_encryption_by_default \
                                 in this plan turns encryption by default on)"
                            ),
                        ),
                        Ok(None) => (
                            Status::Fail,
                            format!(
                                "{what}, and no aws_ebs_encryption_by_default in this plan turns \
                                 encryption by default on"
                            ),
                        ),
                    }
                }
            };
            let prov = cx.stack.provenance(r, "encrypted");
            cx.push(r, "encrypted", status, msg, prov);
        }
    }
}
