use crate::model::Resource;
use crate::rules::{declare_rule, tri_bool, tri_set, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_db_instance` and `aws_rds_cluster` do not take their master password from
    /// Terraform: `password` (or `master_password`) is null, or
    /// `manage_master_user_password = true` lets RDS keep it in Secrets Manager. A write-only
    /// `password_wo` is not stored in state and passes. The password itself is never printed.
    ///
    /// ## Why it matters
    /// A password Terraform sets lives in clear text in the state file and in every saved plan
    /// (`terraform show -json` prints it): everyone who can read either can log in as master.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   username = "admin"
    ///   password = var.db_password
    ///   # ...
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `password` and set `manage_master_user_password = true`.
    pub struct PasswordManagedByTerraform {
        id: "AWS-RDS-001",
        slug: "rds-master-password-in-terraform",
        service: "rds",
        category: "secrets",
        severity: High,
        title: "Master password handled by Terraform",
        types: ["aws_db_instance", "aws_rds_cluster"],
        default_enabled: true,
    }
}

fn judge(cx: &Cx, r: &Resource, attr: &str) -> (Status, String) {
    let managed = tri_bool(&cx.stack.eff(r, "manage_master_user_password"), false);
    let pw = cx.stack.eff(r, attr);
    match (tri_set(&pw), managed) {
        (_, Some(true)) => (Status::Pass, "RDS manages the master password in Secrets Manager".to_string()),
        (Some(false), _) => (Status::Pass, format!("no {attr} in the plan")),
        (Some(true), _) => (
            Status::Fail,
            format!("{attr} is set by Terraform (it is stored in clear text in state and plan files) and manage_master_user_password is not true"),
        ),
        (None, _) => (Status::Unknown, format!("{attr} is {}", unknown_reason(&pw))),
    }
}

impl Rule for PasswordManagedByTerraform {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (t, attr) in [
            ("aws_db_instance", "password"),
            ("aws_rds_cluster", "master_password"),
        ] {
            for (_, r) in cx.live(t) {
                let (status, msg) = judge(cx, r, attr);
                cx.report(r, attr, status, msg);
            }
        }
    }
}
