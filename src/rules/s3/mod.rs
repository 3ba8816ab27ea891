pub mod access_logging_off;
pub mod bucket_without_public_access_block;
pub mod lifecycle_never_transitions;
pub mod no_default_kms_encryption;
pub mod no_deny_unencrypted_uploads;
pub mod no_lifecycle_configuration;
pub mod no_tls_only_policy;
pub mod versioning_not_enabled;

use crate::model::{ResId, Resource};
use crate::rules::{Cx, Status};

/// The verdict on one bucket from its companion resources of `partner_type` (found through
/// `bucket`): the best partner's verdict from `judge`, else `inline` (legacy inline blocks of
/// provider v3), else Unknown when some partner cannot be followed, else Fail with `missing`.
pub fn by_partner(
    cx: &Cx,
    bucket: ResId,
    partner_type: &str,
    judge: impl Fn(&Resource) -> (Status, String),
    inline: Option<(Status, String)>,
    missing: &str,
) -> (Status, String) {
    let p = cx.partners(bucket, partner_type, "bucket");
    let mut best: Option<(Status, String)> = None;
    let rank = |s: Status| match s {
        Status::Pass => 0,
        Status::Unknown => 1,
        Status::Fail => 2,
    };
    for e in &p.found {
        let v = judge(&cx.stack.resources[e.from]);
        if best.as_ref().is_none_or(|b| rank(v.0) < rank(b.0)) {
            best = Some(v);
        }
    }
    if let Some(v) = inline {
        if best.as_ref().is_none_or(|b| rank(v.0) < rank(b.0)) {
            best = Some(v);
        }
    }
    match (best, p.unresolved.first()) {
        (Some(b), _) if b.0 == Status::Pass => b,
        (_, Some(u)) => (
            Status::Unknown,
            format!("no {partner_type} found for this bucket, but the bucket of {} cannot be followed: {}", cx.address(u.from), u.reason),
        ),
        (Some(b), None) => b,
        (None, None) => (Status::Fail, missing.to_string()),
    }
}

/// Judge the `policy` of a bucket or bucket policy resource: Pass when some statement is
/// `wanted`, Fail when none is, Unknown when the policy is unknown; None when there is none.
pub fn bucket_policy_verdict(
    cx: &Cx,
    r: &Resource,
    wanted: &dyn Fn(&crate::rules::policy_doc::Statement) -> bool,
    what: &str,
) -> Option<(Status, String)> {
    use crate::rules::policy_doc;
    match policy_doc::text(cx.stack, r, "policy") {
        Ok(None) => None,
        Ok(Some(text)) if text.trim().is_empty() => None,
        Ok(Some(text)) => Some(match policy_doc::parse(&text) {
            Some(st) if st.iter().any(wanted) => (Status::Pass, format!("{} {what}", r.address)),
            Some(_) => (
                Status::Fail,
                format!("the policy of {} has no statement that {what}", r.address),
            ),
            None => (
                Status::Unknown,
                format!("the policy of {} is not a JSON policy", r.address),
            ),
        }),
        Err(why) => Some((
            Status::Unknown,
            format!("the policy of {} is {why}", r.address),
        )),
    }
}
