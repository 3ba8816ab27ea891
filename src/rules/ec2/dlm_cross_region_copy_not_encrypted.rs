use crate::model::value::count;
use crate::model::{Eff, Resource, Val};
use crate::rules::{declare_rule, tri_bool, tri_set, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every cross-region copy of an `aws_dlm_lifecycle_policy` is encrypted with a customer
    /// managed KMS key: each `policy_details.schedule.cross_region_copy_rule` (snapshot and AMI
    /// policies) and each `policy_details.action.cross_region_copy.encryption_configuration`
    /// (event-based policies) must set `encrypted = true` (unset: `false`, AWS's default) and a
    /// `cmk_arn` (unset: the copies use the AWS managed key, or none). A `cmk_arn` naming an
    /// AWS managed alias (`alias/aws/...`) fails. A policy without cross-region copies is not
    /// judged. A copy list or a value unknown until apply gives Unknown.
    ///
    /// Off by default (medium severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Snapshot and AMI copies sent to another region hold the same data as the source volumes:
    /// unencrypted, they are readable by anyone who can share or restore them there, and without
    /// a customer key their access cannot be revoked or audited separately.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_dlm_lifecycle_policy" "daily" {
    ///   description        = "daily snapshots"
    ///   execution_role_arn = aws_iam_role.dlm.arn
    ///   policy_details {
    ///     resource_types = ["VOLUME"]
    ///     target_tags    = { Backup = "true" }
    ///     schedule {
    ///       name = "daily"
    ///       create_rule { interval = 24 }
    ///       retain_rule { count = 7 }
    ///       cross_region_copy_rule {
    ///         target    = "us-west-2"
    ///         encrypted = false
    ///       }
    ///     }
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    ///       cross_region_copy_rule {
    ///         target    = "us-west-2"
    ///         encrypted = true
    ///         cmk_arn   = aws_kms_key.dr.arn
    ///       }
    /// ```
    pub struct DlmCrossRegionCopyNotEncrypted {
        id: "AWS-EC2-028",
        slug: "dlm-cross-region-copy-not-encrypted",
        service: "ec2",
        category: "encryption",
        severity: Medium,
        title: "DLM cross-region copy not encrypted with a customer managed key",
        types: ["aws_dlm_lifecycle_policy"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_253", Checkov "CKV_AWS_254", Checkov "CKV_AWS_255", Checkov "CKV_AWS_256"],
    }
}

/// One verdict: status, message, attribute path.
type Verdict = (Status, String, String);

/// The elements of the list at `path`, or Unknown when the plan marks the list unknown.
fn elements(cx: &Cx, r: &Resource, path: &str) -> Result<Vec<String>, Verdict> {
    let n = count(r.values, path);
    if n == 0 && cx.stack.is_unknown(r, path) {
        return Err((
            Status::Unknown,
            format!("{path} is known only after apply"),
            path.to_string(),
        ));
    }
    Ok((0..n).map(|i| format!("{path}.{i}")).collect())
}

/// The copy settings (`encrypted`, `cmk_arn`) under `p`.
fn judge_copy(cx: &Cx, r: &Resource, p: &str) -> Verdict {
    let enc_path = format!("{p}.encrypted");
    let e = cx.stack.eff(r, &enc_path);
    match tri_bool(&e, false) {
        Some(false) => {
            return (
                Status::Fail,
                format!("{enc_path} is false: the cross-region copies are not encrypted"),
                enc_path,
            )
        }
        None => {
            return (
                Status::Unknown,
                format!("{enc_path} is {}", unknown_reason(&e)),
                enc_path,
            )
        }
        Some(true) => {}
    }
    let key_path = format!("{p}.cmk_arn");
    let k = cx.stack.eff(r, &key_path);
    if let Eff::Known(Val::Str(s)) = &k {
        if s.contains("alias/aws/") {
            return (
                Status::Fail,
                format!("{key_path} is an AWS managed key, not a customer managed key"),
                key_path,
            );
        }
    }
    match tri_set(&k) {
        Some(true) => (
            Status::Pass,
            format!("{p} encrypted with a customer managed key"),
            key_path,
        ),
        Some(false) => (
            Status::Fail,
            format!(
                "{key_path} is not set: the copies are not encrypted with a customer managed key"
            ),
            key_path,
        ),
        None => (
            Status::Unknown,
            format!("{key_path} is {}", unknown_reason(&k)),
            key_path,
        ),
    }
}

/// All cross-region copies of the policy: None when it has none.
fn judge(cx: &Cx, r: &Resource) -> Result<Option<Verdict>, Verdict> {
    let mut verdicts = Vec::new();
    for pd in elements(cx, r, "policy_details")? {
        for s in elements(cx, r, &format!("{pd}.schedule"))? {
            for c in elements(cx, r, &format!("{s}.cross_region_copy_rule"))? {
                verdicts.push(judge_copy(cx, r, &c));
            }
        }
        for a in elements(cx, r, &format!("{pd}.action"))? {
            for c in elements(cx, r, &format!("{a}.cross_region_copy"))? {
                let enc = elements(cx, r, &format!("{c}.encryption_configuration"))?;
                if enc.is_empty() {
                    verdicts.push((
                        Status::Fail,
                        format!(
                            "{c} has no encryption_configuration: the copies are not encrypted"
                        ),
                        c.clone(),
                    ));
                }
                verdicts.extend(enc.iter().map(|e| judge_copy(cx, r, e)));
            }
        }
    }
    for want in [Status::Fail, Status::Unknown, Status::Pass] {
        if let Some(v) = verdicts.iter().find(|v| v.0 == want) {
            return Ok(Some(v.clone()));
        }
    }
    Ok(None)
}

impl Rule for DlmCrossRegionCopyNotEncrypted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_dlm_lifecycle_policy") {
            let (status, msg, path) = match judge(cx, r) {
                Ok(Some(v)) | Err(v) => v,
                Ok(None) => continue,
            };
            let prov = cx.stack.provenance(r, &path);
            cx.push(r, &path, status, msg, prov);
        }
    }
}
