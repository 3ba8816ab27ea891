use crate::model::{Eff, Resource, Val};
use crate::rules::{
    declare_rule, tri_and, tri_bool, tri_or, tri_set, unknown_reason, Cx, Rule, RuleMeta, Status,
    Tri,
};

declare_rule! {
    /// ## What it checks
    /// An `aws_elasticache_replication_group` running Redis or Valkey with
    /// `transit_encryption_enabled = true` also authenticates clients: `auth_token` is set, or
    /// `user_group_ids` names user groups whose `default` user (whom every client that sends
    /// no credentials is) is off or needs a password. A group holding the built-in `default`
    /// user (no password, every command) fails; a group or user outside the plan, or known
    /// only at apply, is Unknown. In a plan, an unset `auth_token` is present as `null`:
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
        let mut results = Vec::new();
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
            // A user group authenticates only when its `default` user (whom every client that
            // sends no credentials is) needs a password or is off.
            let (groups, groups_why) = match tri_set(&groups_e) {
                Some(true) => groups_authenticate(cx, r),
                other => (other, unknown_reason(&groups_e)),
            };
            let auth = tri_or(tri_set(&token_e), groups);
            let (status, msg) = match tri_and(tls, auth.map(|a| !a)) {
                Some(true) if tri_set(&groups_e) == Some(true) => (
                    Status::Fail,
                    format!("transit encryption is on, auth_token is null, and {groups_why}"),
                ),
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
                        if tri_set(&token_e).is_none() {
                            why.push(format!("authentication is {}", unknown_reason(&token_e)));
                        } else {
                            why.push(groups_why);
                        }
                    }
                    (Status::Unknown, why.join("; "))
                }
            };
            results.push((r, status, msg));
        }
        for (r, status, msg) in results {
            cx.report(r, "auth_token", status, msg);
        }
    }
}

/// Whether every user group of `r` makes clients authenticate: Some(false) when a group's
/// `default` user is on and needs no password (the built-in `default` user is), None when
/// that cannot be told; with the reason.
fn groups_authenticate(cx: &Cx, r: &Resource) -> (Tri, String) {
    let groups = cx.targets(r, "user_group_ids");
    if let Some(why) = groups.unresolved {
        return (None, format!("user_group_ids cannot be followed: {why}"));
    }
    if let Some(g) = groups.external.first() {
        return (
            None,
            format!("user group {g} is not in the plan: whether its default user needs a password is unknown"),
        );
    }
    let mut unsure: Option<String> = None;
    for &gid in &groups.ids {
        let g = &cx.stack.resources[gid];
        let users = cx.targets(g, "user_ids");
        if let Some(why) = users.unresolved {
            unsure.get_or_insert(format!(
                "the user_ids of {} cannot be followed: {why}",
                g.address
            ));
        }
        if users.external.iter().any(|u| u == "default") {
            return (
                Some(false),
                format!(
                    "{} holds the built-in default user, which needs no password and may run every command",
                    g.address
                ),
            );
        }
        if let Some(u) = users.external.first() {
            unsure.get_or_insert(format!("user {u} of {} is not in the plan", g.address));
        }
        for &uid in &users.ids {
            let u = &cx.stack.resources[uid];
            if u.rtype != "aws_elasticache_user" {
                continue;
            }
            match default_user_open(cx, u) {
                Ok(false) => {}
                Ok(true) => {
                    return (
                        Some(false),
                        format!(
                            "the default user of {} ({}) is on and needs no password: every client that sends no credentials is that user",
                            g.address, u.address
                        ),
                    )
                }
                Err(why) => {
                    unsure.get_or_insert(format!("{}: {why}", u.address));
                }
            }
        }
    }
    match unsure {
        Some(why) => (None, why),
        None => (Some(true), String::new()),
    }
}

/// Whether `u` is a `default` user that is on and needs no password (Err: unknown until
/// apply). Redis ACL rules apply in order: the last `on` or `off` wins, and a user is off
/// unless one says `on`.
fn default_user_open(cx: &Cx, u: &Resource) -> Result<bool, &'static str> {
    match cx.stack.eff(u, "user_name") {
        Eff::Known(Val::Str(n)) if n.as_ref() != "default" => return Ok(false),
        Eff::Known(Val::Str(_)) => {}
        _ => return Err("its user_name is unknown until apply"),
    }
    let on = match cx.stack.eff(u, "access_string") {
        Eff::Known(Val::Str(a)) => a
            .split_whitespace()
            .rev()
            .find(|t| t.eq_ignore_ascii_case("on") || t.eq_ignore_ascii_case("off"))
            .is_some_and(|t| t.eq_ignore_ascii_case("on")),
        _ => return Err("its access_string is unknown until apply"),
    };
    if !on {
        return Ok(false);
    }
    match cx.stack.eff(u, "authentication_mode.0.type") {
        Eff::Known(Val::Str(t)) => return Ok(t.eq_ignore_ascii_case("no-password-required")),
        Eff::Known(_) | Eff::NotSet => {}
        _ => return Err("its authentication_mode is unknown until apply"),
    }
    match cx.stack.eff(u, "no_password_required") {
        Eff::Known(Val::Bool(b)) => Ok(*b),
        Eff::Known(_) | Eff::NotSet => Ok(false),
        _ => Err("no_password_required is unknown until apply"),
    }
}
