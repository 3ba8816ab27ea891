pub mod dax_not_encrypted;
pub mod dax_without_tls;
pub mod deletion_protection_off;
pub mod not_customer_key;
pub mod pitr_disabled;
pub mod stream_disabled;
pub mod without_autoscaling;

use crate::model::{Eff, Resource, Val};
use crate::rules::{unknown_reason, Cx, Status};

/// The `replica` blocks of an `aws_dynamodb_table`: how many, or why it cannot be told.
pub fn replica_count(cx: &Cx, r: &Resource) -> Result<usize, String> {
    match cx.stack.eff(r, "replica") {
        Eff::Known(Val::Arr(items)) => Ok(items.len()),
        Eff::Known(_) | Eff::NotSet => Ok(0),
        e => Err(format!("replica is {}", unknown_reason(&e))),
    }
}

/// The region a replica block names, for messages.
pub fn replica_region(cx: &Cx, r: &Resource, i: usize) -> String {
    match cx.stack.eff(r, &format!("replica.{i}.region_name")) {
        Eff::Known(Val::Str(s)) => s.to_string(),
        _ => format!("replica {i}"),
    }
}

/// A table's verdict from its own and its replicas': the first failure, else the first
/// unknown, else a pass naming what passed.
pub fn combine(parts: Vec<(Status, String)>) -> (Status, String) {
    if let Some(f) = parts.iter().find(|(s, _)| *s == Status::Fail) {
        return f.clone();
    }
    if let Some(u) = parts.iter().find(|(s, _)| *s == Status::Unknown) {
        return u.clone();
    }
    let all: Vec<String> = parts.into_iter().map(|(_, m)| m).collect();
    (Status::Pass, all.join("; "))
}
