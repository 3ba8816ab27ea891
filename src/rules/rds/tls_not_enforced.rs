use crate::model::Eff;
use crate::model::Val;
use crate::rules::rds::{engine_kind, major_version, parameter, parameter_group, Group};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The parameter group of an `aws_db_instance` (found through `parameter_group_name`, by
    /// reference or by known name) enforces TLS: `require_secure_transport` = `1`/`ON` for
    /// MySQL and MariaDB, `rds.force_ssl` = `1` for PostgreSQL and SQL Server. A default group
    /// does not enforce it, except for PostgreSQL 15 and later, where `rds.force_ssl` defaults
    /// to 1 (a group of such a family fails only when it sets it to 0). A group outside the
    /// plan, or one that cannot be followed, gives Unknown.
    ///
    /// ## Why it matters
    /// Without enforcement, clients may connect in plain text; credentials and query results
    /// cross the network unencrypted, and nothing on the server refuses it.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine = "mysql"
    ///   # ... default parameter group
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_db_parameter_group" "mysql" {
    ///   family = "mysql8.0"
    ///   parameter {
    ///     name  = "require_secure_transport"
    ///     value = "1"
    ///   }
    /// }
    /// ```
    pub struct TlsNotEnforced {
        id: "AWS-RDS-004",
        slug: "rds-tls-not-enforced",
        service: "rds",
        category: "encryption",
        severity: High,
        title: "TLS not enforced by parameter group",
        types: ["aws_db_instance", "aws_db_parameter_group"],
        default_enabled: true,
        covers: [Checkov "CKV2_AWS_69"],
    }
}

impl Rule for TlsNotEnforced {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_db_instance") {
            let Some(kind) = engine_kind(cx, r) else {
                cx.report(
                    r,
                    "engine",
                    Status::Unknown,
                    "engine is unknown until apply".into(),
                );
                continue;
            };
            let (param, want) = match kind.as_str() {
                "mysql" => ("require_secure_transport", ["1", "on"]),
                "postgres" | "sqlserver" => ("rds.force_ssl", ["1", "1"]),
                _ => continue,
            };
            let version = match cx.stack.eff(r, "engine_version") {
                Eff::Known(Val::Str(v)) => major_version(v),
                _ => None,
            };
            let group = parameter_group(cx, r, "aws_db_parameter_group");
            // PostgreSQL 15+ forces SSL unless told otherwise; an unset version is the latest.
            let family_major = match &group {
                Group::Planned(g) => match cx.stack.eff(g, "family") {
                    Eff::Known(Val::Str(f)) => major_version(f),
                    _ => None,
                },
                _ => None,
            };
            let pg_default_on =
                kind == "postgres" && family_major.or(version).is_none_or(|v| v >= 15);
            let (status, msg) = match group {
                Group::Planned(g) => match parameter(cx, g, param) {
                    Ok(Some(v)) if want.contains(&v.to_ascii_lowercase().as_str()) => {
                        (Status::Pass, format!("{} sets {param} = {v}", g.address))
                    }
                    Ok(Some(v)) => (Status::Fail, format!("{} sets {param} = {v}", g.address)),
                    Ok(None) if pg_default_on => (
                        Status::Pass,
                        format!("{param} defaults to 1 for PostgreSQL 15+ ({})", g.address),
                    ),
                    Ok(None) => (Status::Fail, format!("{} does not set {param}", g.address)),
                    Err(why) => (Status::Unknown, why),
                },
                Group::Default if pg_default_on => (
                    Status::Pass,
                    "default parameter group; rds.force_ssl defaults to 1 for PostgreSQL 15+"
                        .to_string(),
                ),
                Group::Default => (
                    Status::Fail,
                    format!("default parameter group: {param} is not enforced"),
                ),
                Group::External(name) => (
                    Status::Unknown,
                    format!("parameter group {name} is not in the plan"),
                ),
                Group::Unknown(why) => (Status::Unknown, why),
            };
            cx.report(r, "parameter_group_name", status, msg);
        }
    }
}
