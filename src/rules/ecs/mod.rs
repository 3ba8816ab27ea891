pub mod container_insights_off;
pub mod efs_volume_without_transit_encryption;
pub mod root_filesystem_writable;
pub mod secrets_in_environment;
pub mod service_assigns_public_ip;

use crate::load::json;
use crate::model::{Eff, Resource, Val};
use crate::rules::{unknown_reason, Cx};

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
