use crate::model::{Leaf, Val};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};
use std::collections::BTreeMap;

declare_rule! {
    /// ## What it checks
    /// A variable that feeds a secret argument (`password`, `master_password`, `auth_token`,
    /// `secret_string`) is declared `sensitive = true` — followed through module variables,
    /// so the variable the value comes from (the root variable, or a module variable's default)
    /// is the one judged. Of a secret document built from several values (`secret_string =
    /// jsonencode({ username = var.user, password = var.password })`), only the variables named
    /// like secrets (password, secret, token, key, credential, auth, private) are judged. The result is reported on that variable (`var.NAME`,
    /// `module.m.var.NAME`), where the fix goes, naming the arguments it feeds. A secret given
    /// through a `local` is followed when the `.tf` source is read (`--source-dir`); without it, it
    /// cannot be traced: Unknown, on the resource.
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
        // Per variable: whether it is sensitive, and the arguments it feeds.
        let mut by_var: BTreeMap<String, (bool, Vec<String>)> = BTreeMap::new();
        for (t, attr) in SECRETS {
            for (_, r) in cx.live(t) {
                let Some(expr) = cx.stack.expr_at(r, attr) else {
                    continue;
                };
                let leaves = cx.stack.resolve_from(r, expr);
                if let Some(dead) = leaves.iter().find(|l| matches!(l.leaf, Leaf::DeadEnd(_))) {
                    let Leaf::DeadEnd(why) = &dead.leaf else {
                        continue;
                    };
                    let msg = format!(
                        "where {attr} comes from cannot be followed: {}",
                        dead.via_text(why)
                    );
                    cx.report(r, attr, Status::Unknown, msg);
                    continue;
                }
                // A document built from several values (`jsonencode({ username = …,
                // password = … })`): only the values named like secrets are secret.
                let built = leaves.len() > 1;
                for l in &leaves {
                    // A secret is a string: a boolean or number (a flag in the condition of
                    // `var.manage ? null : var.password`) is not one.
                    if !matches!(l.leaf, Leaf::Value(Val::Str(_) | Val::Null, _)) {
                        continue;
                    }
                    let Some(var) = l.via.last() else {
                        continue;
                    };
                    if built && !named_like_a_secret(var) {
                        continue;
                    }
                    let Some(sensitive) = cx.stack.variable_declared_sensitive(var) else {
                        continue;
                    };
                    let entry = by_var
                        .entry(var.to_string())
                        .or_insert((sensitive, Vec::new()));
                    let feeds = format!("{}.{attr}", r.address);
                    if !entry.1.contains(&feeds) {
                        entry.1.push(feeds);
                    }
                }
            }
        }
        for (var, (sensitive, feeds)) in by_var {
            let feeds = feeds.join(", ");
            let (status, msg) = if sensitive {
                (Status::Pass, format!("sensitive; feeds {feeds}"))
            } else {
                (
                    Status::Fail,
                    format!("not marked sensitive, and feeds the secret {feeds}"),
                )
            };
            cx.push_at(var, Self::META.severity, "sensitive", status, msg, None);
        }
    }
}

/// `var.db_password`, `module.m.var.api_token`: the variable's name says it holds a secret.
fn named_like_a_secret(var: &str) -> bool {
    let name = var.rsplit('.').next().unwrap_or(var).to_ascii_lowercase();
    [
        "password",
        "passwd",
        "secret",
        "token",
        "key",
        "credential",
        "auth",
        "private",
    ]
    .iter()
    .any(|w| name.contains(w))
}
