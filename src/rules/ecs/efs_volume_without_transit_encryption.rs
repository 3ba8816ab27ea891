use crate::model::{Eff, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every `volume` of `aws_ecs_task_definition` with an `efs_volume_configuration` sets
    /// `transit_encryption = "ENABLED"`. Unset, AWS's default is `DISABLED`: it fails, naming
    /// the volumes. Task definitions without EFS volumes are not judged; volumes or a setting
    /// known only at apply are Unknown.
    ///
    /// ## Why it matters
    /// Without transit encryption, NFS traffic between the task and the file system crosses
    /// the VPC in the clear: whoever can capture it reads and can alter the files.
    ///
    /// ## Example
    /// ```hcl
    /// volume {
    ///   name = "data"
    ///   efs_volume_configuration {
    ///     file_system_id = aws_efs_file_system.data.id
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// efs_volume_configuration {
    ///   file_system_id     = aws_efs_file_system.data.id
    ///   transit_encryption = "ENABLED"
    /// }
    /// ```
    pub struct EfsVolumeWithoutTransitEncryption {
        id: "AWS-ECS-003",
        slug: "ecs-efs-volume-without-transit-encryption",
        service: "ecs",
        category: "encryption",
        severity: High,
        title: "ECS EFS volume without transit encryption",
        types: ["aws_ecs_task_definition"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_97", Trivy "AVD-AWS-0035", Kics "ecs_task_definition_volume_not_encrypted"],
    }
}

impl Rule for EfsVolumeWithoutTransitEncryption {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_ecs_task_definition") {
            let volumes = match cx.stack.eff(r, "volume") {
                Eff::Known(Val::Arr(v)) => v,
                Eff::Known(_) | Eff::NotSet => continue,
                e => {
                    let msg = format!("volume is {}", unknown_reason(&e));
                    cx.report(r, "volume", Status::Unknown, msg);
                    continue;
                }
            };
            let mut efs = 0;
            let mut off = Vec::new();
            let mut open = Vec::new();
            for v in volumes.iter() {
                let Some(conf) = v
                    .get("efs_volume_configuration")
                    .and_then(Val::as_array)
                    .and_then(|c| c.first())
                else {
                    continue;
                };
                efs += 1;
                let name = v.get("name").and_then(Val::as_str).unwrap_or("(unnamed)");
                match conf.get("transit_encryption") {
                    Some(Val::Str(s)) if s == "ENABLED" => {}
                    Some(Val::Str(s)) if !s.is_empty() => off.push(format!("{name:?} ({s})")),
                    Some(Val::Str(_) | Val::Null) => {
                        off.push(format!("{name:?} (not set; AWS default: DISABLED)"))
                    }
                    _ => open.push(format!("{name:?}")),
                }
            }
            if efs == 0 {
                continue;
            }
            let (status, msg) = if !off.is_empty() {
                (
                    Status::Fail,
                    format!(
                        "transit_encryption is not ENABLED for EFS volume {}",
                        off.join(", ")
                    ),
                )
            } else if !open.is_empty() {
                (
                    Status::Unknown,
                    format!(
                        "transit_encryption of EFS volume {} is unknown until apply",
                        open.join(", ")
                    ),
                )
            } else {
                (
                    Status::Pass,
                    "every EFS volume has transit encryption".to_string(),
                )
            };
            cx.report(r, "volume", status, msg);
        }
    }
}
