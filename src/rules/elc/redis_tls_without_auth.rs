use crate::model::Eff;
use crate::model::Val;
use crate::rules::{
    declare_rule, tri_and, tri_bool, tri_or, tri_set, unknown_reason, Cx, Rule, RuleMeta, Status,
};

declare_rule! {
    /// ## What it checks
    /// An `aws_elasticache_replication_group` running Redis or Valkey with
    /// `transit_encryption_enabled = true` also authenticates clients: `auth_token` is set or
    /// `user_group_ids` is not empty. In a plan, an unset `auth_token` is present as `null`:
    /// null counts as absent (tools that test for the key's presence miss this). A token that
    /// comes from another resource counts as set; the token itself is never printed.
    ///
    /// ## Why it matters
    /// TLS protects the connection, not the data: without AUTH or RBAC user groups, anything
    /// that can reach the port can read and write every key.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_elasticache_replication_group" "cache" {
    ///   replication_group_id       = "app-cache"
    ///   description                = "app cache"
    ///   node_type                  = "cache.t3.micro"
    ///   transit_encryption_enabled = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `auth_token` from a secret (marked `sensitive`), or attach RBAC `user_group_ids`.
    pub struct RedisTlsWithoutAuth {
        id: "AWS-ELC-001",
        slug: "redis-tls-without-auth",
        service: "elasticache",
        category: "access-control",
        severity: High,
        title: "Redis TLS without AUTH",
        types: ["aws_elasticache_replication_group"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_31"],
    }
}

impl Rule for RedisTlsWithoutAuth {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_elasticache_replication_group") {
            let engine = match cx.stack.eff(r, "engine") {
                Eff::Known(Val::Str(e)) => Some(e.to_ascii_lowercase()),
                Eff::Known(_) | Eff::NotSet => Some("redis".to_string()),
                _ => None,
            };
            if engine
                .as_deref()
                .is_some_and(|e| e != "redis" && e != "valkey")
            {
                continue;
            }
            let tls_e = cx.stack.eff(r, "transit_encryption_enabled");
            let token_e = cx.stack.eff(r, "auth_token");
            let groups_e = cx.stack.eff(r, "user_group_ids");
            let tls = tri_bool(&tls_e, false);
            let auth = tri_or(tri_set(&token_e), tri_set(&groups_e));
            let (status, msg) = match tri_and(tls, auth.map(|a| !a)) {
                Some(true) => (
                    Status::Fail,
                    "transit encryption is on but auth_token is null and user_group_ids is empty"
                        .to_string(),
                ),
                Some(false) if tls == Some(false) => (
                    Status::Pass,
                    "transit encryption is off (AUTH with TLS not applicable)".to_string(),
                ),
                Some(false) => (
                    Status::Pass,
                    "clients authenticate (auth_token or user groups)".to_string(),
                ),
                None => {
                    let mut why = Vec::new();
                    if tls.is_none() {
                        why.push(format!(
                            "transit_encryption_enabled is {}",
                            unknown_reason(&tls_e)
                        ));
                    }
                    if auth.is_none() {
                        let which = if tri_set(&token_e).is_none() {
                            &token_e
                        } else {
                            &groups_e
                        };
                        why.push(format!("authentication is {}", unknown_reason(which)));
                    }
                    (Status::Unknown, why.join("; "))
                }
            };
            cx.report(r, "auth_token", status, msg);
        }
    }
}
