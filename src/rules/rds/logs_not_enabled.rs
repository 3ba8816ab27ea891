use crate::rules::rds::{engine_kind, parameter, parameter_group, Group};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_db_instance` exports logs to CloudWatch (`enabled_cloudwatch_logs_exports` not
    /// empty, and holding the engine's own log: `postgresql` for PostgreSQL, `error` for MySQL,
    /// MariaDB and SQL Server, `alert` for Oracle, `diag.log` for Db2; `upgrade` or
    /// `iam-db-auth-error` alone export none), and for MySQL and MariaDB its parameter group
    /// sets `slow_query_log = 1` (and `general_log = 1` when `require_general_log = true` in
    /// `[rules.AWS-RDS-005]`) and does not send the logs to tables (`log_output = TABLE`).
    ///
    /// ## Why it matters
    /// Database logs stay on the instance and rotate away; without exports there is no record
    /// of errors, slow queries or logins to investigate or alarm on.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine = "mysql"
    ///   # ... no enabled_cloudwatch_logs_exports
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `enabled_cloudwatch_logs_exports = ["error", "slowquery"]` (MySQL) or
    /// `["postgresql"]`, and `slow_query_log = 1` in the parameter group.
    pub struct LogsNotEnabled {
        id: "AWS-RDS-005",
        slug: "rds-logs-not-enabled",
        service: "rds",
        category: "logging",
        severity: Medium,
        title: "DB logs not enabled",
        types: ["aws_db_instance", "aws_db_parameter_group"],
        default_enabled: true,
        params: [("require_general_log", "bool")],
        covers: [Fsbp "RDS.9", Checkov "CKV_AWS_129"],
    }
}

impl Rule for LogsNotEnabled {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let general = cx
            .params
            .get(Self::META.id, "require_general_log")
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        for (_, r) in cx.live("aws_db_instance") {
            let mut problems = Vec::new();
            let mut unknown = Vec::new();
            let exports = cx.stack.eff(r, "enabled_cloudwatch_logs_exports");
            let kind = engine_kind(cx, r);
            match crate::rules::tri_set(&exports) {
                Some(true) => {
                    // The engine's own log must be among them (`upgrade` or `iam-db-auth-error`
                    // alone export no database log).
                    let main = kind.as_deref().and_then(|k| match k {
                        "postgres" => Some("postgresql"),
                        "mysql" | "sqlserver" => Some("error"),
                        k if k.starts_with("oracle") => Some("alert"),
                        k if k.starts_with("db2") => Some("diag.log"),
                        _ => None,
                    });
                    if let (Some(main), crate::model::Eff::Known(v)) = (main, &exports) {
                        if !v.strings().iter().any(|x| x.eq_ignore_ascii_case(main)) {
                            problems.push(format!(
                                "enabled_cloudwatch_logs_exports is [{}], without the engine's log {main:?}",
                                v.strings().join(", ")
                            ));
                        }
                    }
                }
                Some(false) => problems.push("no enabled_cloudwatch_logs_exports".to_string()),
                None => unknown.push(format!(
                    "enabled_cloudwatch_logs_exports is {}",
                    unknown_reason(&exports)
                )),
            }
            if kind.as_deref() == Some("mysql") {
                let mut wanted = vec!["slow_query_log"];
                if general {
                    wanted.push("general_log");
                }
                match parameter_group(cx, r, "aws_db_parameter_group") {
                    Group::Planned(g) => {
                        // Slow query and general logs written to tables never reach CloudWatch.
                        match parameter(cx, g, "log_output") {
                            Ok(Some(v)) if !v.to_ascii_uppercase().contains("FILE") => problems
                                .push(format!(
                                    "{} sets log_output = {v}: the slow query and general logs stay in tables, and none reaches CloudWatch",
                                    g.address
                                )),
                            Ok(_) => {}
                            Err(why) => unknown.push(why),
                        }
                        for p in wanted {
                            match parameter(cx, g, p) {
                                Ok(Some(v)) if v == "1" || v.eq_ignore_ascii_case("on") => {}
                                Ok(_) => {
                                    problems.push(format!("{} does not set {p} = 1", g.address))
                                }
                                Err(why) => unknown.push(why),
                            }
                        }
                    }
                    Group::Default => problems.push(format!(
                        "default parameter group: {} off",
                        wanted.join(" and ")
                    )),
                    Group::External(name) => {
                        unknown.push(format!("parameter group {name} is not in the plan"))
                    }
                    Group::Unknown(why) => unknown.push(why),
                }
            }
            let (status, msg) = if !problems.is_empty() {
                (Status::Fail, problems.join("; "))
            } else if !unknown.is_empty() {
                (Status::Unknown, unknown.join("; "))
            } else {
                (Status::Pass, "logs exported".to_string())
            };
            cx.report(r, "enabled_cloudwatch_logs_exports", status, msg);
        }
    }
}
