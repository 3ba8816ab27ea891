use crate::model::Eff;
use crate::model::Val;
use crate::rules::rds::{major_version, parameter_group, Group};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The parameter group of an `aws_elasticache_replication_group` (`parameter_group_name`,
    /// by reference or known name, or a `default.*` name) has a family whose major version
    /// matches `engine_version`. An unset `engine_version` is the provider's default, 7.x, for
    /// Redis; for Valkey it is the latest major version at apply, so the result is Unknown.
    ///
    /// ## Why it matters
    /// A `redis6.x` group on a Redis 7 cluster is rejected at apply, after the rest of the stack
    /// was created — or, on an upgrade, blocks the upgrade.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_elasticache_replication_group" "cache" {
    ///   engine_version       = "7.1"
    ///   parameter_group_name = "default.redis6.x"
    ///   # ...
    /// }
    /// ```
    ///
    /// ## Fix
    /// Use a group of the engine's family (`default.redis7`, or an
    /// `aws_elasticache_parameter_group` with `family = "redis7"`).
    pub struct ParameterGroupFamilyMismatch {
        id: "AWS-ELC-002",
        slug: "elasticache-parameter-group-family-mismatch",
        service: "elasticache",
        category: "resilience",
        severity: High,
        title: "Parameter group family ≠ engine version",
        types: ["aws_elasticache_replication_group", "aws_elasticache_parameter_group"],
        default_enabled: true,
    }
}

impl Rule for ParameterGroupFamilyMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_elasticache_replication_group") {
            let valkey = matches!(cx.stack.eff(r, "engine"), Eff::Known(Val::Str(e)) if e.eq_ignore_ascii_case("valkey"));
            let mut version_why = "engine_version is unknown until apply";
            let engine = match cx.stack.eff(r, "engine_version") {
                Eff::Known(Val::Str(v)) => major_version(v),
                Eff::Known(_) | Eff::NotSet if valkey => {
                    version_why = "engine_version is unset: Valkey runs its latest major version, known at apply";
                    None
                }
                Eff::Known(_) | Eff::NotSet => Some(7),
                _ => None,
            };
            let named = match cx.stack.eff(r, "parameter_group_name") {
                Eff::Known(Val::Str(n)) => Some(n.to_string()),
                _ => None,
            };
            let family: Result<Option<(String, String)>, String> =
                match parameter_group(cx, r, "aws_elasticache_parameter_group") {
                    Group::Planned(g) => match cx.stack.eff(g, "family") {
                        Eff::Known(Val::Str(f)) => Ok(Some((f.to_string(), g.address.to_string()))),
                        _ => Err(format!(
                            "the family of {} is unknown until apply",
                            g.address
                        )),
                    },
                    Group::Default => Ok(named
                        .filter(|n| n.starts_with("default."))
                        .map(|n| (n.trim_start_matches("default.").to_string(), n))),
                    Group::External(name) => {
                        Err(format!("parameter group {name} is not in the plan"))
                    }
                    Group::Unknown(why) => Err(why),
                };
            let (status, msg) = match (family, engine) {
                (Ok(None), _) => (
                    Status::Pass,
                    "default parameter group of the engine".to_string(),
                ),
                (Ok(Some((f, g))), Some(e)) => match major_version(&f) {
                    Some(m) if m == e => (Status::Pass, format!("{g} ({f}) matches engine {e}")),
                    Some(m) => (
                        Status::Fail,
                        format!("{g} is family {f} (version {m}) but the engine is version {e}"),
                    ),
                    None => (
                        Status::Unknown,
                        format!("the family {f} of {g} has no version"),
                    ),
                },
                (Ok(Some(_)), None) => (Status::Unknown, version_why.to_string()),
                (Err(why), _) => (Status::Unknown, why),
            };
            cx.report(r, "parameter_group_name", status, msg);
        }
    }
}
