use crate::load::json::Val;
use crate::model::Eff;
use crate::rules::{declare_rule, tri_bool, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_db_instance` has `storage_encrypted = true`. Unset means AWS's default, which is
    /// unencrypted. A value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// Unencrypted storage exposes the database, its automated backups, read replicas and
    /// snapshots to anyone who gets hold of the volumes or a shared snapshot. Encryption
    /// cannot be switched on later without restoring from a snapshot.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine            = "postgres"
    ///   instance_class    = "db.t3.micro"
    ///   allocated_storage = 20
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   # ...
    ///   storage_encrypted = true
    ///   kms_key_id        = aws_kms_key.rds.arn
    /// }
    /// ```
    pub struct StorageNotEncrypted {
        id: "AWS-RDS-006",
        slug: "rds-storage-not-encrypted",
        service: "rds",
        category: "encryption",
        severity: High,
        title: "Storage not encrypted",
        types: ["aws_db_instance"],
        default_enabled: true,
    }
}

impl Rule for StorageNotEncrypted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_db_instance") {
            let e = cx.stack.eff(r, "storage_encrypted");
            let (status, msg) = match (tri_bool(&e, false), &e) {
                (Some(true), _) => (Status::Pass, "storage is encrypted".to_string()),
                (Some(false), Eff::NotSet | Eff::Known(Val::Null)) => (
                    Status::Fail,
                    "storage_encrypted is not set (AWS default: unencrypted)".to_string(),
                ),
                (Some(false), Eff::Known(v)) => (
                    Status::Fail,
                    format!(
                        "storage_encrypted is {}",
                        cx.stack.show(r, "storage_encrypted", v)
                    ),
                ),
                _ => (
                    Status::Unknown,
                    format!("storage_encrypted is {}", unknown_reason(&e)),
                ),
            };
            let prov = cx.stack.provenance(r, "storage_encrypted");
            cx.push(r, "storage_encrypted", status, msg, prov);
        }
    }
}
