use crate::model::Leaf;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// A variable that feeds a secret argument (`password`, `master_password`, `auth_token`,
    /// `secret_string`) is declared `sensitive = true` — followed through module variables,
    /// so the root variable the value comes from is the one judged. A secret given through a
    /// `local` cannot be traced: Unknown.
    ///
    /// ## Why it matters
    /// Without `sensitive`, Terraform prints the value in plan output and CI logs.
    ///
    /// ## Example
    /// `variable "db_password" {}` used as `password = var.db_password`.
    ///
    /// ## Fix
    /// `variable "db_password" { sensitive = true }` — better still, let the service manage
    /// the secret (`manage_master_user_password = true`).
    pub struct SecretVariableNotSensitive {
        id: "AWS-TF-006",
        slug: "secret-variable-not-sensitive",
        service: "terraform",
        category: "secrets",
        severity: Medium,
        title: "Secret input not marked sensitive",
        types: ["aws_db_instance", "aws_rds_cluster", "aws_elasticache_replication_group", "aws_secretsmanager_secret_version"],
        default_enabled: true,
    }
}

const SECRETS: [(&str, &str); 4] = [
    ("aws_db_instance", "password"),
    ("aws_rds_cluster", "master_password"),
    ("aws_elasticache_replication_group", "auth_token"),
    ("aws_secretsmanager_secret_version", "secret_string"),
];

impl Rule for SecretVariableNotSensitive {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (t, attr) in SECRETS {
            for (_, r) in cx.live(t) {
                let Some(expr) = cx.stack.expr_at(r, attr) else {
                    continue;
                };
                let leaves = cx.stack.resolve_from(r, expr);
                let vars: Vec<_> = leaves
                    .iter()
                    .filter(|l| matches!(l.leaf, Leaf::Value(..)) && !l.via.is_empty())
                    .collect();
                let (status, msg) = if let Some(dead) =
                    leaves.iter().find(|l| matches!(l.leaf, Leaf::DeadEnd(_)))
                {
                    let Leaf::DeadEnd(why) = &dead.leaf else {
                        continue;
                    };
                    (
                        Status::Unknown,
                        format!(
                            "where {attr} comes from cannot be followed: {}",
                            dead.via_text(why)
                        ),
                    )
                } else if vars.is_empty() {
                    continue;
                } else if let Some(plain) = vars.iter().find(|l| {
                    l.via
                        .last()
                        .and_then(|v| cx.stack.variable_declared_sensitive(v))
                        == Some(false)
                }) {
                    (
                        Status::Fail,
                        format!(
                            "{attr} comes from {}, which is not marked sensitive",
                            plain.via_text("")
                        ),
                    )
                } else {
                    (
                        Status::Pass,
                        format!("{attr} comes from a sensitive variable"),
                    )
                };
                cx.report(r, attr, status, msg);
            }
        }
    }
}
