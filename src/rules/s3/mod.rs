pub mod access_logging_off;
pub mod access_point_public;
pub mod acl_public_read;
pub mod acl_public_write;
pub mod acls_enabled;
pub mod bucket_policy_public;
pub mod bucket_without_public_access_block;
pub mod cors_open;
pub mod lifecycle_never_transitions;
pub mod multi_region_access_point_public;
pub mod no_abort_incomplete_uploads;
pub mod no_default_kms_encryption;
pub mod no_deny_unencrypted_uploads;
pub mod no_lifecycle_configuration;
pub mod no_tls_only_policy;
pub mod object_lock_disabled;
pub mod object_not_customer_key;
pub mod policy_allows_all_actions;
pub mod policy_lockout;
pub mod versioning_not_enabled;
pub mod website_hosting;

use crate::model::{ResId, Resource};
use crate::rules::{Cx, Status};

/// The verdict on one bucket from its companion resources of `partner_type` (found through
/// `bucket`) and `inline` (legacy inline blocks of provider v3): see [`one_configuration`];
/// Unknown when none is found and some partner cannot be followed, else Fail with `missing`.
pub fn by_partner(
    cx: &Cx,
    bucket: ResId,
    partner_type: &str,
    judge: impl Fn(&Resource) -> (Status, String),
    inline: Option<(Status, String)>,
    missing: &str,
) -> (Status, String) {
    let p = cx.partners(bucket, partner_type, "bucket");
    let mut verdicts: Vec<(Status, String)> = p
        .found
        .iter()
        .map(|e| judge(&cx.stack.resources[e.from]))
        .collect();
    verdicts.extend(inline);
    match (one_configuration(verdicts, partner_type), p.unresolved.first()) {
        (Some(b), _) if b.0 == Status::Pass => b,
        (_, Some(u)) => (
            Status::Unknown,
            format!("no {partner_type} found for this bucket, but the bucket of {} cannot be followed: {}", cx.address(u.from), u.reason),
        ),
        (Some(b), None) => b,
        (None, None) => (Status::Fail, missing.to_string()),
    }
}

/// The verdict of a bucket's configuration of one kind, from the verdicts of every resource
/// (or inline block) that writes it: S3 keeps one configuration of a kind per bucket, the one
/// applied last, and the plan does not order them. So they decide only when they agree; when
/// they do not, Unknown (a passing one never covers a failing one). None when there is none.
pub fn one_configuration(verdicts: Vec<(Status, String)>, kind: &str) -> Option<(Status, String)> {
    let first = verdicts.first()?.0;
    if verdicts.iter().all(|v| v.0 == first) {
        return verdicts.into_iter().next();
    }
    let worst = verdicts
        .iter()
        .find(|v| v.0 == Status::Fail)
        .or_else(|| verdicts.iter().find(|v| v.0 != Status::Pass))?;
    Some((
        Status::Unknown,
        format!(
            "{} {kind} configurations apply to this bucket and do not agree: S3 keeps the one \
             applied last, which the plan does not tell ({})",
            verdicts.len(),
            worst.1
        ),
    ))
}

/// Judge the `policy` of a bucket or bucket policy resource: Pass when some statement is
/// `wanted` (Some(true)), Fail when none is, Unknown when the policy is unknown or some
/// statement's verdict depends on what is known only at apply (None); None when there is no
/// policy. A policy unknown until apply but built in the source (`jsonencode`, a template, a
/// policy document) is judged on its statements.
pub fn bucket_policy_verdict(
    cx: &Cx,
    r: &Resource,
    wanted: &dyn Fn(&crate::rules::policy_doc::Statement) -> Option<bool>,
    what: &str,
) -> Option<(Status, String)> {
    use crate::rules::policy_doc;
    let statements = match policy_doc::text(cx.stack, r, "policy") {
        Ok(None) => return None,
        Ok(Some(text)) if text.trim().is_empty() => return None,
        Ok(Some(text)) => match policy_doc::parse(&text) {
            Some(st) => st,
            None => {
                return Some((
                    Status::Unknown,
                    format!("the policy of {} is not a JSON policy", r.address),
                ))
            }
        },
        Err(why) => match &*policy_doc::statements(cx.stack, r, "policy") {
            Ok(Some(st)) => st.clone(),
            _ => {
                return Some((
                    Status::Unknown,
                    format!("the policy of {} is {why}", r.address),
                ))
            }
        },
    };
    let verdicts: Vec<Option<bool>> = statements.iter().map(wanted).collect();
    if verdicts.contains(&Some(true)) {
        return Some((Status::Pass, format!("{} {what}", r.address)));
    }
    if let Some(i) = verdicts.iter().position(Option::is_none) {
        let open = match statements[i].unknown.join(", ") {
            fields if fields.is_empty() => "the bucket's name".to_string(),
            fields => format!("its {fields}"),
        };
        return Some((
            Status::Unknown,
            format!(
                "the policy of {} has no known statement that {what}, and statement {} may \
                 ({open} known only at apply)",
                r.address,
                i + 1
            ),
        ));
    }
    Some((
        Status::Fail,
        format!("the policy of {} has no statement that {what}", r.address),
    ))
}

/// A Deny statement that applies to every principal, for every S3 action (`s3:*`, `*`,
/// `s3:?*`), on `bucket` and all its objects, whenever `condition` holds and under no other
/// condition: Some(true); Some(false) when a known part narrows it; None when that depends on a
/// part known only at apply (or on the bucket's name, unknown).
pub fn denies_everyone_everything(
    st: &crate::rules::policy_doc::Statement,
    bucket: Option<&str>,
    condition: impl Fn(&str, &str, &[String]) -> bool,
) -> Option<bool> {
    use crate::rules::policy_doc::action_matches;
    let part = |field: &str, ok: &dyn Fn() -> bool| -> Option<bool> {
        if st.is_open(field) {
            None
        } else {
            Some(ok())
        }
    };
    let parts = [
        part("effect", &|| !st.allow),
        part("conditions", &|| {
            !st.conditions.is_empty()
                && st
                    .conditions
                    .iter()
                    .all(|(op, key, values)| condition(op, key, values))
        }),
        part("principals", &|| {
            st.not_principals.is_empty()
                && st
                    .principals
                    .iter()
                    .any(|(kind, p)| p == "*" && (kind == "*" || kind == "AWS"))
        }),
        // A pattern covers them all when it matches every name (it ends with `*`).
        part("actions", &|| {
            st.not_actions.is_empty()
                && st
                    .actions
                    .iter()
                    .any(|a| a.ends_with('*') && action_matches(a, "s3:*"))
        }),
        match (st.is_open("resources"), bucket) {
            (true, _) => None,
            (false, _) if !st.not_resources.is_empty() => Some(false),
            (false, _) if st.resources.iter().any(|p| p == "*") => Some(true),
            // Other resources' ARNs known at apply (`aws_s3_bucket.b.arn`, `"${…arn}/*"`):
            // which paths under them the plan cannot show; taken as the bucket and its objects.
            (false, _) if st.resource_refs => Some(true),
            (false, None) => None,
            (false, Some(b)) => {
                let arn = |suffix: &str| {
                    ["aws", "aws-cn", "aws-us-gov"]
                        .map(|partition| format!("arn:{partition}:s3:::{b}{suffix}"))
                };
                let covers = |text: &str, all: bool| {
                    st.resources
                        .iter()
                        .any(|p| (!all || p.ends_with('*')) && action_matches(p, text))
                };
                Some(
                    arn("").iter().any(|a| covers(a, false))
                        && arn("/*").iter().any(|a| covers(a, true)),
                )
            }
        },
    ];
    if parts.contains(&Some(false)) {
        Some(false)
    } else if parts.contains(&None) {
        None
    } else {
        Some(true)
    }
}

/// Grantee groups that make an ACL public: everyone, and every AWS account.
const PUBLIC_GROUPS: &[(&str, &str)] = &[
    (
        "http://acs.amazonaws.com/groups/global/AllUsers",
        "AllUsers",
    ),
    (
        "http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
        "AuthenticatedUsers (any AWS account)",
    ),
];

/// What an ACL lets the public do: read (`READ`, `READ_ACP`) or write (`WRITE`, `WRITE_ACP`);
/// `FULL_CONTROL` is both.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AclAccess {
    Read,
    Write,
}

impl AclAccess {
    fn canned(self) -> &'static [&'static str] {
        match self {
            AclAccess::Read => &["public-read", "public-read-write", "authenticated-read"],
            AclAccess::Write => &["public-read-write"],
        }
    }

    fn permissions(self) -> &'static [&'static str] {
        match self {
            AclAccess::Read => &["READ", "READ_ACP", "FULL_CONTROL"],
            AclAccess::Write => &["WRITE", "WRITE_ACP", "FULL_CONTROL"],
        }
    }
}

/// The verdict on the ACL of an `aws_s3_bucket` (legacy `acl` and `grant` blocks) or an
/// `aws_s3_bucket_acl` (`acl`, `access_control_policy.grant`): Fail when its canned ACL or a
/// grant to AllUsers / AuthenticatedUsers gives `access`, Unknown when the ACL or its grants
/// are known only at apply, Pass otherwise; and the attribute the verdict is about.
pub fn public_acl(cx: &Cx, r: &Resource, access: AclAccess) -> (Status, String, String) {
    use crate::model::{Eff, Val};
    use crate::rules::unknown_reason;
    let stack = cx.stack;
    let mut open = None;
    match stack.eff(r, "acl") {
        Eff::Known(Val::Str(acl)) if access.canned().contains(&acl.as_ref()) => {
            return (
                Status::Fail,
                format!(
                    "acl is {:?}: {} the bucket to {}",
                    acl.as_ref(),
                    if access == AclAccess::Read {
                        "opens reading"
                    } else {
                        "opens writing"
                    },
                    if acl.starts_with("authenticated") {
                        "every AWS account"
                    } else {
                        "everyone"
                    }
                ),
                "acl".to_string(),
            )
        }
        Eff::Known(_) | Eff::NotSet => {}
        e => open = Some(("acl".to_string(), format!("acl is {}", unknown_reason(&e)))),
    }
    // Grants: (list path, the grant's uri path, its permission path(s)).
    let (list, uri, perm) = if r.rtype == "aws_s3_bucket_acl" {
        (
            "access_control_policy.0.grant",
            "grantee.0.uri",
            "permission",
        )
    } else {
        ("grant", "uri", "permissions")
    };
    let grants = match stack.eff(r, list) {
        Eff::Known(Val::Arr(items)) => items.len(),
        Eff::Known(_) | Eff::NotSet => 0,
        e => {
            open.get_or_insert((
                list.to_string(),
                format!("{list} is {}", unknown_reason(&e)),
            ));
            0
        }
    };
    for i in 0..grants {
        let base = format!("{list}.{i}");
        let who = match stack.eff(r, &format!("{base}.{uri}")) {
            Eff::Known(Val::Str(u)) => PUBLIC_GROUPS
                .iter()
                .find(|(g, _)| *g == u.as_ref())
                .map(|(_, name)| *name),
            Eff::Known(_) | Eff::NotSet => None,
            e => {
                open.get_or_insert((
                    base.clone(),
                    format!("the grantee of {base} is {}", unknown_reason(&e)),
                ));
                None
            }
        };
        let Some(who) = who else { continue };
        match stack.eff(r, &format!("{base}.{perm}")) {
            Eff::Known(v) => {
                if let Some(p) = v
                    .strings()
                    .into_iter()
                    .find(|p| access.permissions().contains(p))
                {
                    return (
                        Status::Fail,
                        format!("{base} grants {p} to {who}"),
                        base.replace(".0.", "."),
                    );
                }
            }
            e => {
                open.get_or_insert((
                    base.clone(),
                    format!("the permission of {base} is {}", unknown_reason(&e)),
                ));
            }
        }
    }
    match open {
        Some((path, why)) => (Status::Unknown, why, path),
        None => (
            Status::Pass,
            format!(
                "the ACL grants no {} access to AllUsers or AuthenticatedUsers",
                if access == AclAccess::Read {
                    "read"
                } else {
                    "write"
                }
            ),
            "acl".to_string(),
        ),
    }
}
