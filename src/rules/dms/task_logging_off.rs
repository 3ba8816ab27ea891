use crate::load::json;
use crate::model::{Eff, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_dms_replication_task`'s `replication_task_settings` (JSON text, also when built
    /// with `jsonencode`) has `Logging.EnableLogging` `true`, and none of the `SOURCE_CAPTURE`,
    /// `SOURCE_UNLOAD`, `TARGET_APPLY`, `TARGET_LOAD` entries of `Logging.LogComponents` below
    /// `LOGGER_SEVERITY_DEFAULT` (a component left out logs at the default severity). Unset
    /// settings, or no `EnableLogging`, mean DMS's default: logging off, it fails. Settings
    /// known only at apply are Unknown. Off by default (medium severity): it runs under
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// The task's CloudWatch log is the only record of what was read from the source and
    /// written to the target, and of the errors in between.
    ///
    /// ## Example
    /// ```hcl
    /// replication_task_settings = jsonencode({ Logging = { EnableLogging = false } })
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// replication_task_settings = jsonencode({ Logging = { EnableLogging = true } })
    /// ```
    pub struct TaskLoggingOff {
        id: "AWS-DMS-007",
        slug: "dms-task-logging-off",
        service: "dms",
        category: "logging",
        severity: Medium,
        title: "DMS replication task without source and target logging",
        types: ["aws_dms_replication_task"],
        default_enabled: false,
        covers: [Fsbp "DMS.7", Fsbp "DMS.8"],
    }
}

const COMPONENTS: &[&str] = &[
    "SOURCE_CAPTURE",
    "SOURCE_UNLOAD",
    "TARGET_APPLY",
    "TARGET_LOAD",
];
const ENOUGH: &[&str] = &[
    "LOGGER_SEVERITY_DEFAULT",
    "LOGGER_SEVERITY_DEBUG",
    "LOGGER_SEVERITY_DETAILED_DEBUG",
];

/// The verdict on the parsed task settings.
fn judge(settings: &Val) -> (Status, String) {
    let logging = settings.get("Logging");
    let enabled = match logging.and_then(|l| l.get("EnableLogging")) {
        Some(Val::Bool(b)) => *b,
        Some(Val::Str(s)) => s.eq_ignore_ascii_case("true"),
        _ => false,
    };
    if !enabled {
        return (
            Status::Fail,
            "Logging.EnableLogging is not true (DMS default: false): the task's reads and \
             writes are not logged"
                .to_string(),
        );
    }
    let low: Vec<String> = logging
        .and_then(|l| l.get("LogComponents"))
        .and_then(Val::as_array)
        .unwrap_or(&[])
        .iter()
        .filter_map(|c| {
            let id = c.get("Id").and_then(Val::as_str)?;
            let sev = c.get("Severity").and_then(Val::as_str)?;
            (COMPONENTS.contains(&id) && !ENOUGH.contains(&sev)).then(|| format!("{id} ({sev})"))
        })
        .collect();
    if low.is_empty() {
        (
            Status::Pass,
            "logging is enabled with the source and target components at default severity or \
             above"
                .to_string(),
        )
    } else {
        (
            Status::Fail,
            format!(
                "logging is enabled but {} log below LOGGER_SEVERITY_DEFAULT",
                low.join(", ")
            ),
        )
    }
}

impl Rule for TaskLoggingOff {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_dms_replication_task") {
            let (status, msg) = match cx.stack.eff(r, "replication_task_settings") {
                Eff::Known(Val::Str(text)) if !text.trim().is_empty() => match json::parse(text) {
                    Ok(settings) => judge(&settings),
                    Err(_) => (
                        Status::Unknown,
                        "replication_task_settings is not JSON".to_string(),
                    ),
                },
                Eff::Known(_) | Eff::NotSet => judge(&Val::Null),
                e => (
                    Status::Unknown,
                    format!("replication_task_settings is {}", unknown_reason(&e)),
                ),
            };
            cx.report(r, "replication_task_settings", status, msg);
        }
    }
}
