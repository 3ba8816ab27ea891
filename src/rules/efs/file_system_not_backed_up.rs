use crate::model::{Eff, Val};
use crate::rules::bak::Selections;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Each `aws_efs_file_system` is backed up: an `aws_efs_backup_policy` of the plan on it has
    /// `backup_policy.status = "ENABLED"` (EFS automatic backups), or, without one, the file
    /// system is One Zone (`availability_zone_name` set: the CreateFileSystem API turns
    /// automatic backups on by default for One Zone, off otherwise), or an
    /// `aws_backup_selection` selects it (listed in `resources`, `*`, or a `STRINGEQUALS`
    /// selection tag, in its region, less its `not_resources`, meeting its conditions, as
    /// AWS-BAK-001 judges). A policy whose status, a policy or selection whose
    /// target, is unknown until apply gives Unknown when nothing else decides. A selection in
    /// another stack is not visible: off by default (it runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// EFS has no snapshots of its own: without automatic backups or a backup plan, a deleted
    /// directory or a ransomware encryption of the share cannot be undone.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_efs_file_system" "shared" {
    ///   encrypted = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_efs_backup_policy" "shared" {
    ///   file_system_id = aws_efs_file_system.shared.id
    ///   backup_policy {
    ///     status = "ENABLED"
    ///   }
    /// }
    /// ```
    pub struct FileSystemNotBackedUp {
        id: "AWS-EFS-002",
        slug: "efs-file-system-not-backed-up",
        service: "efs",
        category: "resilience",
        severity: Medium,
        title: "EFS file system not backed up",
        types: ["aws_efs_file_system"],
        default_enabled: false,
        covers: [Fsbp "EFS.2", Checkov "CKV2_AWS_18"],
    }
}

impl Rule for FileSystemNotBackedUp {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let selections = Selections::of(cx);
        let stack = cx.stack;
        let mut results = Vec::new();
        for (id, r) in cx.live("aws_efs_file_system") {
            let policies = cx.partners(id, "aws_efs_backup_policy", "file_system_id");
            let mut open: Option<String> = policies.unresolved.first().map(|u| {
                format!(
                    "the file_system_id of {} cannot be followed: {}",
                    cx.address(u.from),
                    u.reason
                )
            });
            let mut policy = None;
            for e in &policies.found {
                let p = &stack.resources[e.from];
                match stack.eff(p, "backup_policy.0.status") {
                    Eff::Known(Val::Str(s)) => policy = Some((p.address.clone(), s.to_string())),
                    _ => {
                        open.get_or_insert(format!(
                            "the status of {} is unknown until apply",
                            p.address
                        ));
                    }
                }
            }
            let one_zone = match stack.eff(r, "availability_zone_name") {
                Eff::Known(v) => Some(!v.is_empty()),
                Eff::NotSet => Some(false),
                _ => None,
            };
            let (status, msg) = match (&policy, one_zone) {
                (Some((p, s)), _) if s == "ENABLED" => {
                    (Status::Pass, format!("automatic backups are on ({p})"))
                }
                (None, Some(true)) if open.is_none() => (
                    Status::Pass,
                    "a One Zone file system without a backup policy: EFS turns automatic backups on by default".to_string(),
                ),
                _ => {
                    let why = match (&policy, one_zone) {
                        (Some((p, s)), _) => format!("{p} sets automatic backups {s}"),
                        (None, None) => {
                            open.get_or_insert("availability_zone_name is unknown until apply, and One Zone file systems are backed up by default".to_string());
                            "no aws_efs_backup_policy".to_string()
                        }
                        (None, _) => "no aws_efs_backup_policy turns automatic backups on (off by default for a Regional file system created through the API)".to_string(),
                    };
                    match selections.judge(cx, id, r) {
                        (Status::Pass, m) => (Status::Pass, m),
                        (Status::Unknown, m) => (Status::Unknown, format!("{why}; {m}")),
                        (_, m) => match &open {
                            Some(o) => (Status::Unknown, format!("{why}, and {m}, but {o}")),
                            None => (Status::Fail, format!("{why}, and {m}")),
                        },
                    }
                }
            };
            results.push((id, status, msg));
        }
        for (id, status, msg) in results {
            let r = &stack.resources[id];
            cx.report(r, "", status, msg);
        }
    }
}
