pub mod activity_stream_not_cmk;
pub mod aurora_mysql_audit_log_not_exported;
pub mod aurora_postgresql_log_not_exported;
pub mod auto_minor_upgrade_off;
pub mod backtrack_off;
pub mod backup_retention_too_short;
pub mod ca_cert_outdated;
pub mod cluster_not_cmk;
pub mod cluster_storage_not_encrypted;
pub mod copy_tags_to_snapshot_off;
pub mod default_admin_username;
pub mod deletion_protection_off;
pub mod enhanced_monitoring_off;
pub mod global_cluster_not_encrypted;
pub mod iam_auth_disabled;
pub mod instance_publicly_accessible;
pub mod logs_not_enabled;
pub mod not_multi_az;
pub mod password_managed_by_terraform;
pub mod performance_insights_not_cmk;
pub mod performance_insights_off;
pub mod proxy_tls_not_required;
pub mod snapshot_copy_not_cmk;
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
/// The `aws_rds_cluster` of the plan an instance's `cluster_identifier` names.
pub fn cluster_of<'a>(cx: &'a Cx, r: &Resource) -> Option<&'a Resource<'a>> {
    cx.targets(r, "cluster_identifier")
        .ids
        .into_iter()
        .map(|i| &cx.stack.resources[i])
        .find(|c| c.rtype == "aws_rds_cluster")
}

/// Why an Aurora instance's unset Performance Insights is not its own to tell.
pub const CLUSTER_SETS_IT: &str =
    "an Aurora instance takes Performance Insights (and its key) from its cluster when the cluster sets them";

pub fn major_version(s: &str) -> Option<u32> {
    let digits: String = s
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().ok()
}

/// The internet gateway of the VPC an RDS resource's DB subnet group is in
/// (`db_subnet_group_name` on `r`, else on `fallback`, its cluster): Ok(Some(address)) when
/// the plan attaches one, Ok(None) when the VPC is in the plan and nothing attaches one,
/// Err(why) when the plan cannot tell (no subnet group: the default VPC; a group, subnet or
/// VPC outside the plan; a link that cannot be followed).
pub fn subnet_group_gateway(
    cx: &Cx,
    r: &Resource,
    fallback: Option<&Resource>,
) -> Result<Option<String>, String> {
    let stack = cx.stack;
    let attr = "db_subnet_group_name";
    let mut t = cx.targets(r, attr);
    if t.ids.is_empty() && t.external.is_empty() && t.unresolved.is_none() {
        if let Some(c) = fallback {
            t = cx.targets(c, attr);
        }
    }
    let one = |t: &crate::rules::Targets, what: &str, rtype: &str| -> Result<Vec<usize>, String> {
        if let Some(why) = &t.unresolved {
            return Err(format!("its {what} cannot be followed: {why}"));
        }
        if let Some(x) = t.external.first() {
            return Err(format!("its {what} {x} is not in the plan"));
        }
        Ok(t.ids
            .iter()
            .copied()
            .filter(|&i| stack.resources[i].rtype == rtype)
            .collect())
    };
    let groups = one(&t, "DB subnet group", "aws_db_subnet_group")?;
    if groups.is_empty() {
        return Err(
            "it has no DB subnet group: RDS uses the default VPC, whose internet gateway the plan does not show"
                .into(),
        );
    }
    let mut vpcs = Vec::new();
    for g in groups {
        let subnets = one(
            &cx.targets(&stack.resources[g], "subnet_ids"),
            "subnet",
            "aws_subnet",
        )?;
        if subnets.is_empty() {
            return Err(format!(
                "the subnets of {} are not aws_subnet resources of the plan",
                stack.resources[g].address
            ));
        }
        for s in subnets {
            let v = one(&cx.targets(&stack.resources[s], "vpc_id"), "VPC", "aws_vpc")?;
            vpcs.extend(v);
        }
    }
    if vpcs.is_empty() {
        return Err("the VPC of its subnets is not in the plan".into());
    }
    vpcs.sort_unstable();
    vpcs.dedup();
    for v in vpcs {
        for (gw_type, gw_attr) in [
            ("aws_internet_gateway", "vpc_id"),
            ("aws_internet_gateway_attachment", "vpc_id"),
        ] {
            let p = cx.partners(v, gw_type, gw_attr);
            if let Some(e) = p.found.first() {
                return Ok(Some(cx.address(e.from).to_string()));
            }
            if let Some(u) = p.unresolved.first() {
                return Err(format!(
                    "the {gw_attr} of {} cannot be followed: {}",
                    cx.address(u.from),
                    u.reason
                ));
            }
        }
    }
    // A gateway whose vpc_id, known only at apply, comes from another resource than a VPC
    // (`aws_vpc_ipv4_cidr_block_association.a.vpc_id`, `terraform_data.p.output`) may be on
    // any of them.
    for gw_type in ["aws_internet_gateway", "aws_internet_gateway_attachment"] {
        for (_, gw) in cx.live(gw_type) {
            if let Eff::FromResources { ids, reference } = stack.eff(gw, "vpc_id") {
                if ids.iter().any(|&i| stack.resources[i].rtype != "aws_vpc") {
                    return Err(format!(
                        "the vpc_id of {} comes from {reference}, not from a VPC: which VPC it attaches to is known at apply",
                        gw.address
                    ));
                }
            }
        }
    }
    Ok(None)
}

/// A cluster log that is exported (`exports`) and that its cluster parameter group (`attr`,
/// of `group_type`) must turn on, or the export stays empty (DocumentDB's `audit_logs`,
/// Neptune's `neptune_enable_audit_log`). `group` judges a group of the plan; `default_off`
/// says what the default group leaves off.
pub struct GroupLog {
    pub exports: crate::rules::attr::Test,
    pub attr: &'static str,
    pub group_type: &'static str,
    pub group: fn(&Cx, &Resource) -> (crate::rules::Status, String),
    pub default_off: &'static str,
}

/// Judge every live cluster of `cluster_type` by `log`.
pub fn exported_and_on(cx: &mut Cx, cluster_type: &str, log: &GroupLog) {
    use crate::rules::Status;
    let stack = cx.stack;
    let mut results = Vec::new();
    for (_, r) in cx.live(cluster_type) {
        let v = crate::rules::attr::judge(cx, r, &log.exports);
        if v.status != Status::Pass {
            let prov = stack.provenance(r, log.exports.path);
            results.push((r, log.exports.path, v.status, v.message, prov));
            continue;
        }
        let (status, message) = match parameter_group_at(cx, r, log.attr, log.group_type) {
            Group::Planned(g) => {
                let (s, m) = (log.group)(cx, g);
                match s {
                    Status::Pass => (s, format!("audit is exported and {m}")),
                    Status::Fail => (
                        s,
                        format!("audit is exported, but {m}: the export stays empty"),
                    ),
                    Status::Unknown => (s, m),
                }
            }
            Group::Default => (
                Status::Fail,
                format!(
                    "audit is exported, but the default cluster parameter group leaves {}: the export stays empty",
                    log.default_off
                ),
            ),
            Group::External(name) => (
                Status::Unknown,
                format!("audit is exported; parameter group {name} is not in the plan"),
            ),
            Group::Unknown(why) => (Status::Unknown, why),
        };
        results.push((r, log.attr, status, message, None));
    }
    for (r, path, status, message, prov) in results {
        cx.push(r, path, status, message, prov);
    }
}
