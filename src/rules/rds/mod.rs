pub mod auto_minor_upgrade_off;
pub mod backup_retention_too_short;
pub mod cluster_storage_not_encrypted;
pub mod deletion_protection_off;
pub mod enhanced_monitoring_off;
pub mod iam_auth_disabled;
pub mod instance_publicly_accessible;
pub mod logs_not_enabled;
pub mod not_multi_az;
pub mod password_managed_by_terraform;
pub mod snapshot_public;
pub mod static_final_snapshot_identifier;
pub mod storage_not_encrypted;
pub mod tls_not_enforced;

use crate::model::Val;
use crate::model::{Eff, Resource};
use crate::rules::Cx;

/// The engine family of a DB instance: `mysql` (MySQL and MariaDB), `postgres`, `sqlserver`,
/// or another engine's name.
pub fn engine_kind(cx: &Cx, r: &Resource) -> Option<String> {
    match cx.stack.eff(r, "engine") {
        Eff::Known(Val::Str(e)) => {
            let e = e.to_ascii_lowercase();
            Some(if e == "mysql" || e == "mariadb" {
                "mysql".into()
            } else if e.starts_with("postgres") {
                "postgres".into()
            } else if e.starts_with("sqlserver") {
                "sqlserver".into()
            } else {
                e
            })
        }
        _ => None,
    }
}

/// The parameter group a DB instance uses.
pub enum Group<'a> {
    /// A group in the plan.
    Planned(&'a Resource<'a>),
    /// A `default.*` group, or none given (AWS's default group).
    Default,
    /// A group named in the plan but not created by it.
    External(String),
    /// Cannot be told: the reason.
    Unknown(String),
}

pub fn parameter_group<'a>(cx: &'a Cx, r: &Resource, group_type: &str) -> Group<'a> {
    parameter_group_at(cx, r, "parameter_group_name", group_type)
}

/// The parameter group named by `attr` (`db_cluster_parameter_group_name` of a cluster).
pub fn parameter_group_at<'a>(cx: &'a Cx, r: &Resource, attr: &str, group_type: &str) -> Group<'a> {
    let t = cx.targets(r, attr);
    if let Some(id) = t
        .ids
        .iter()
        .find(|&&i| cx.stack.resources[i].rtype == group_type)
    {
        return Group::Planned(&cx.stack.resources[*id]);
    }
    if let Some(why) = t.unresolved {
        return Group::Unknown(format!("{attr} is unknown until apply: {why}"));
    }
    match t.external.first() {
        Some(name) if name.starts_with("default.") || name.is_empty() => Group::Default,
        Some(name) => Group::External(cx.stack.text(r, attr, &Val::Str(name.as_str().into()))),
        None => Group::Default,
    }
}

/// The value of parameter `name` set in a parameter group resource; Err when unknown.
pub fn parameter(cx: &Cx, group: &Resource, name: &str) -> Result<Option<String>, String> {
    match cx.stack.eff(group, "parameter") {
        Eff::Known(Val::Arr(items)) => Ok(items.iter().find_map(|p| {
            (p.get("name")
                .and_then(Val::as_str)
                .map(str::to_ascii_lowercase)
                .as_deref()
                == Some(name))
            .then(|| {
                p.get("value")
                    .map(crate::model::value::display)
                    .unwrap_or_default()
            })
        })),
        Eff::Known(_) | Eff::NotSet => Ok(None),
        _ => Err(format!(
            "the parameters of {} are unknown until apply",
            group.address
        )),
    }
}

/// The major version in a string such as `15.4`, `postgres14`, `mysql8.0` or `redis6.x`.
pub fn major_version(s: &str) -> Option<u32> {
    let digits: String = s
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().ok()
}
