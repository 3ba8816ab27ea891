use crate::model::{Eff, ResId, Val};
use crate::rules::{unknown_reason, Cx, Status};

pub mod domain_transfer_lock_off;
pub mod public_zone_without_dnssec;
pub mod public_zone_without_query_log;

/// Judge every public `aws_route53_zone` (one without a `vpc` block; private zones are
/// skipped, a `vpc` unknown until apply gives Unknown) by `verdict` of the zone.
pub fn judge_public_zones(cx: &mut Cx, verdict: impl Fn(&Cx, ResId) -> (Status, String)) {
    for (id, r) in cx.live("aws_route53_zone") {
        match cx.stack.eff(r, "vpc") {
            Eff::Known(Val::Arr(v)) if !v.is_empty() => continue,
            Eff::Known(_) | Eff::NotSet => {}
            e => {
                let msg = format!(
                    "whether the zone is public is unknown: vpc is {}",
                    unknown_reason(&e)
                );
                cx.report(r, "vpc", Status::Unknown, msg);
                continue;
            }
        }
        let (status, msg) = verdict(cx, id);
        cx.report(r, "", status, msg);
    }
}
