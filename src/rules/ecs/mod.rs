pub mod container_insights_off;
pub mod container_privileged;
pub mod container_without_logging;
pub mod efs_volume_without_transit_encryption;
pub mod exec_logging_not_encrypted;
pub mod fargate_platform_not_latest;
pub mod host_network_root_user;
pub mod host_pid_namespace;
pub mod root_filesystem_writable;
pub mod secrets_in_environment;
pub mod service_assigns_public_ip;
pub mod task_role_is_execution_role;

use crate::load::json;
use crate::model::{Eff, Resource, Val};
use crate::rules::{unknown_reason, Cx, Status};

/// The container definitions of an `aws_ecs_task_definition`, parsed from the JSON text the
/// plan shows (a heredoc, `jsonencode` or `file()` alike): Err with why when the text is known
/// only at apply or is not a JSON list. The text itself is never put in the error.
pub fn containers<'p>(cx: &Cx<'_, 'p>, r: &Resource<'p>) -> Result<Vec<Val<'p>>, String> {
    match cx.stack.eff(r, "container_definitions") {
        Eff::Known(Val::Str(text)) => {
            let text: &'p str = text.as_ref();
            match json::parse(text) {
                Ok(Val::Arr(items)) => Ok(items.into_vec()),
                _ => Err("container_definitions is not a JSON list of containers".to_string()),
            }
        }
        Eff::Known(_) | Eff::NotSet => Ok(Vec::new()),
        e => Err(format!("container_definitions is {}", unknown_reason(&e))),
    }
}

/// A container's name for messages.
pub fn container_name<'a>(c: &'a Val) -> &'a str {
    c.get("name").and_then(Val::as_str).unwrap_or("(unnamed)")
}

/// Judge every live `aws_ecs_task_definition` whose containers `applies` to: Fail naming the
/// containers for which `bad` holds (`why` says what they lack), Pass with `ok` when none;
/// Unknown when the definitions are known only at apply. Task definitions `applies` rules out
/// (or without containers) are not judged.
pub fn judge_containers(
    cx: &mut Cx,
    applies: impl Fn(&Cx, &Resource) -> Result<bool, String>,
    bad: impl Fn(&Val) -> bool,
    why: &str,
    ok: &str,
) {
    for (_, r) in cx.live("aws_ecs_task_definition") {
        let list = match applies(cx, r) {
            Ok(false) => continue,
            Ok(true) => containers(cx, r),
            Err(why) => Err(why),
        };
        let (status, msg) = match list {
            Err(why) => (Status::Unknown, why),
            Ok(list) if list.is_empty() => continue,
            Ok(list) => {
                let failing: Vec<String> = list
                    .iter()
                    .filter(|c| bad(c))
                    .map(|c| format!("{:?}", container_name(c)))
                    .collect();
                if failing.is_empty() {
                    (Status::Pass, ok.to_string())
                } else {
                    (
                        Status::Fail,
                        format!("{why} for container {}", failing.join(", ")),
                    )
                }
            }
        };
        cx.report(r, "container_definitions", status, msg);
    }
}
