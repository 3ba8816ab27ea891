pub mod no_sampling_rules;
pub mod permissions_without_tracing;

use crate::rules::lmb::tracing_not_active::active;
use crate::rules::{tri_bool, Cx};

/// Whether anything is traced: Ok(Some(address)) of the first traced resource, Ok(None) when
/// nothing is, Err(why) when nothing is known to be and some setting is unknown.
pub fn traced(cx: &Cx) -> Result<Option<String>, String> {
    let mut open = None;
    for (_, f) in cx.live("aws_lambda_function") {
        match active(cx, f) {
            Ok(true) => return Ok(Some(f.address.to_string())),
            Ok(false) => {}
            Err(why) => {
                open.get_or_insert(format!("{}: {why}", f.address));
            }
        }
    }
    for (_, s) in cx.live("aws_api_gateway_stage") {
        let e = cx.stack.eff(s, "xray_tracing_enabled");
        match tri_bool(&e, false) {
            Some(true) => return Ok(Some(s.address.to_string())),
            Some(false) => {}
            None => {
                open.get_or_insert(format!(
                    "xray_tracing_enabled of {} is {}",
                    s.address,
                    crate::rules::unknown_reason(&e)
                ));
            }
        }
    }
    match open {
        Some(why) => Err(why),
        None => Ok(None),
    }
}
