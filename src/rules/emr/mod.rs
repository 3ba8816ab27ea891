pub mod at_rest_not_kms;
pub mod block_public_access_off;
pub mod cluster_not_in_vpc;
pub mod cluster_without_security_configuration;
pub mod in_transit_not_encrypted;
pub mod local_disk_not_encrypted;

use crate::load::json;
use crate::model::{Eff, Val};
use crate::rules::{unknown_reason, Cx, Status};

/// Judge the `EncryptionConfiguration` of every `aws_emr_security_configuration` with
/// `judge` (None for a configuration without one), reporting on `configuration`: Unknown when
/// the JSON is known only at apply, Fail when it is not JSON.
pub fn each_encryption(cx: &mut Cx, judge: impl Fn(Option<&Val>) -> (Status, String)) {
    for (_, r) in cx.live("aws_emr_security_configuration") {
        let (status, msg) = match cx.stack.eff(r, "configuration") {
            Eff::Known(Val::Str(text)) => match json::parse(text) {
                Ok(doc) => judge(doc.get("EncryptionConfiguration")),
                Err(_) => (Status::Unknown, "configuration is not JSON".to_string()),
            },
            Eff::Known(_) | Eff::NotSet => judge(None),
            e => (
                Status::Unknown,
                format!("configuration is {}", unknown_reason(&e)),
            ),
        };
        cx.report(r, "configuration", status, msg);
    }
}

/// A boolean of the encryption configuration (JSON `true`, or the string "true").
pub fn flag(enc: Option<&Val>, key: &str) -> bool {
    match enc.and_then(|e| e.get(key)) {
        Some(Val::Bool(b)) => *b,
        Some(Val::Str(s)) => s.eq_ignore_ascii_case("true"),
        _ => false,
    }
}
