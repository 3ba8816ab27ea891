//! Shared judges: one answer, for every rule, to questions several rules ask.

use crate::model::Val;
use crate::model::{Eff, Mode, ResId, Resource, Stack};
use crate::rules::{unknown_reason, Cx, Status};

/// An AWS managed key named by alias: `alias/aws/...`, or its ARN
/// `arn:PARTITION:kms:REGION:ACCOUNT:alias/aws/...`.
pub fn is_aws_managed_alias(key: &str) -> bool {
    let name = match key.strip_prefix("arn:") {
        Some(rest) => {
            let parts: Vec<&str> = rest.splitn(5, ':').collect();
            match parts.as_slice() {
                [_, "kms", _, _, name] => *name,
                _ => return false,
            }
        }
        None => key,
    };
    name.starts_with("alias/aws/")
}

/// A key in the plan that is only a lookup of an AWS managed key (`data "aws_kms_alias"` or
/// `data "aws_kms_key"` by an `alias/aws/...` name).
fn aws_managed_lookup<'s>(stack: &'s Stack, ids: &[ResId]) -> Option<&'s str> {
    ids.iter()
        .map(|&i| &stack.resources[i])
        .find_map(|k: &Resource| {
            let name = match (k.mode, k.rtype) {
                (Mode::Data, "aws_kms_alias") => k.values.get("name"),
                (Mode::Data, "aws_kms_key") => k.values.get("key_id"),
                _ => None,
            }?;
            name.as_str()
                .filter(|n| is_aws_managed_alias(n))
                .map(|_| &*k.address)
        })
}

/// "Is `attr` a customer managed KMS key?" A key of the plan, a customer alias, a key ID or
/// ARN pass (described by `known` when known); unset and AWS managed keys (`alias/aws/*`, by
/// name, ARN or lookup) fail; what cannot be followed is Unknown.
pub fn customer_key(
    cx: &Cx,
    r: &Resource,
    attr: &str,
    known: impl FnOnce(&Val) -> String,
    missing: &str,
) -> (Status, String) {
    let stack = cx.stack;
    match stack.eff(r, attr) {
        Eff::Known(v) => match v.as_str() {
            None | Some("") => (Status::Fail, missing.to_string()),
            Some(key) if is_aws_managed_alias(key) => (
                Status::Fail,
                format!(
                    "{attr} is {}, an AWS managed key, not a customer key",
                    stack.show(r, attr, v)
                ),
            ),
            Some(key) => match aws_managed_lookup(stack, stack.by_known_id(key)) {
                Some(lookup) => (
                    Status::Fail,
                    format!("{attr} is the AWS managed key {lookup}, not a customer key"),
                ),
                None => (Status::Pass, known(v)),
            },
        },
        Eff::NotSet => (Status::Fail, missing.to_string()),
        Eff::FromResources { ids, reference } => match aws_managed_lookup(stack, &ids) {
            Some(lookup) => (
                Status::Fail,
                format!("{attr} is the AWS managed key {lookup}, not a customer key"),
            ),
            None => (
                Status::Pass,
                format!("encrypted with the key from {reference}"),
            ),
        },
        e => (Status::Unknown, format!("{attr} is {}", unknown_reason(&e))),
    }
}

/// Condition keys that limit who can use an Allow to a known account, organisation, source
/// resource, network or identity (AWS Security Hub's and IAM Access Analyzer's notion of "not
/// public"). Compared case-insensitively.
const RESTRICTING_KEYS: &[&str] = &[
    "aws:SourceArn",
    "aws:SourceAccount",
    "aws:SourceOwner",
    "aws:SourceOrgID",
    "aws:SourceOrgPaths",
    "aws:SourceVpc",
    "aws:SourceVpce",
    "aws:SourceIp",
    "aws:PrincipalArn",
    "aws:PrincipalAccount",
    "aws:PrincipalOrgID",
    "aws:PrincipalOrgPaths",
    "aws:PrincipalServiceName",
    "aws:userid",
    "aws:username",
    "kms:CallerAccount",
    "s3:DataAccessPointAccount",
    "s3:DataAccessPointArn",
];

/// Whether a condition limits the statement: a restricting key, a positive operator that
/// requires the key (not `...IfExists`, not `ForAllValues:`, not a negation), and values that
/// name something (see [`names_something`]).
fn restricts(op: &str, key: &str, values: &[String]) -> bool {
    let op = op.to_ascii_lowercase();
    // `ForAllValues:` is true when the request has no such key: an account outside every
    // organisation meets `ForAllValues:StringEquals aws:PrincipalOrgID`.
    if op.starts_with("forallvalues:") {
        return false;
    }
    let op = op.rsplit(':').next().unwrap_or(&op);
    let positive = (op.starts_with("string") || op.starts_with("arn") || op == "ipaddress")
        && !op.contains("not")
        && !op.ends_with("ifexists");
    positive
        && RESTRICTING_KEYS.iter().any(|k| k.eq_ignore_ascii_case(key))
        && !values.is_empty()
        && values.iter().all(|v| names_something(key, v))
}

/// Whether a condition value names one account, organisation, source or network, rather than
/// a pattern anyone can meet: no wildcard (`o-*`, `????????????`, `vpce-*` match what any AWS
/// customer can create); an ARN pattern is one when its account is written
/// (`arn:aws:iam::123456789012:role/*`); an organisation path when its organisation is; an
/// address range when it is no wider than a /8 (IPv4) or a /16 (IPv6): `0.0.0.0/1` with
/// `128.0.0.0/1` is the whole internet.
pub(crate) fn names_something(key: &str, v: &str) -> bool {
    let wild = |s: &str| s.contains(['*', '?']);
    if v.is_empty() {
        return false;
    }
    if key.eq_ignore_ascii_case("aws:SourceIp") {
        return match v.split_once('/') {
            None => !wild(v),
            Some((addr, bits)) => {
                let bits: u32 = bits.parse().unwrap_or(0);
                bits >= if addr.contains(':') { 16 } else { 8 }
            }
        };
    }
    if !wild(v) {
        return true;
    }
    if key.to_ascii_lowercase().ends_with("orgpaths") {
        return v
            .split('/')
            .next()
            .is_some_and(|org| !org.is_empty() && !wild(org));
    }
    let parts: Vec<&str> = v.splitn(6, ':').collect();
    parts.len() == 6 && parts[0] == "arn" && !parts[4].is_empty() && !wild(parts[4])
}

/// Whether a principal names everyone: `"*"`, `{"AWS": "*"}`, or any account's root.
fn everyone(kind: &str, p: &str) -> bool {
    (kind == "*" || kind == "AWS") && (p == "*" || p.contains(":iam::*:"))
}

/// "Is this resource policy open to any principal?" Some Allow statement whose principal is
/// everyone (`*`, `{"AWS": "*"}`, any account's root, or a `NotPrincipal`) with no condition
/// that restricts it to an account, organisation, source or network. Ok(Some(why)) when one is,
/// Ok(None) when none is, Err when a statement's effect, principal or conditions are unknown.
pub fn open_to_any_principal(
    statements: &[crate::rules::policy_doc::Statement],
) -> Result<Option<String>, String> {
    open_to_any_principal_where(statements, |_| true)
}

/// [`open_to_any_principal`] judged only on the statements `keep` selects (numbered as in the
/// whole policy).
pub fn open_to_any_principal_where(
    statements: &[crate::rules::policy_doc::Statement],
    keep: impl Fn(&crate::rules::policy_doc::Statement) -> bool,
) -> Result<Option<String>, String> {
    let mut open = None;
    for (i, s) in statements.iter().enumerate() {
        if (!s.allow && !s.is_open("effect")) || !keep(s) {
            continue;
        }
        let who = if !s.not_principals.is_empty() {
            Some("every principal but its NotPrincipal".to_string())
        } else {
            s.principals
                .iter()
                .find(|(k, p)| everyone(k, p))
                .map(|(k, p)| match k.as_str() {
                    "*" => format!("any principal ({p:?})"),
                    _ => format!("any principal ({{\"{k}\": {p:?}}})"),
                })
        };
        let Some(who) = who else {
            // Unknown identifiers of a `Service` or `Federated` principal cannot be everyone.
            let may_be_everyone = s
                .open_principal_kinds
                .iter()
                .any(|k| matches!(k.as_str(), "*" | "AWS" | "?"))
                || s.open_principal_kinds.is_empty();
            if s.is_open("principals") && may_be_everyone {
                open.get_or_insert(format!(
                    "the principals of statement {} are unknown until apply",
                    i + 1
                ));
            }
            continue;
        };
        if s.conditions.iter().any(|(o, k, v)| restricts(o, k, v)) {
            continue;
        }
        if s.is_open("conditions") || s.is_open("effect") {
            open.get_or_insert(format!(
                "statement {} allows {who}, and its {} unknown until apply",
                i + 1,
                if s.is_open("effect") {
                    "effect is"
                } else {
                    "conditions are"
                }
            ));
            continue;
        }
        let actions = s.actions_where(|_| true);
        let what = if actions.is_empty() {
            String::new()
        } else {
            format!(" {}", actions.join(", "))
        };
        return Ok(Some(format!(
            "statement {} allows{what} to {who} with no condition restricting the account, \
             organisation, source or network",
            i + 1
        )));
    }
    match open {
        Some(why) => Err(why),
        None => Ok(None),
    }
}

/// The verdict on a resource policy at `path`: Fail when open to any principal, Pass when not
/// (or when there is no policy), Unknown when it cannot be read.
pub fn policy_not_public(cx: &Cx, r: &Resource, path: &str) -> (Status, String) {
    match &*crate::rules::policy_doc::statements(cx.stack, r, path) {
        Ok(None) => (Status::Pass, format!("no {path} policy")),
        Ok(Some(st)) => match open_to_any_principal(st) {
            Ok(Some(why)) => (Status::Fail, format!("the {path} {why}")),
            Ok(None) => (
                Status::Pass,
                format!(
                    "the {path} opens nothing to any principal without a restricting condition"
                ),
            ),
            Err(why) => (Status::Unknown, format!("the {path}: {why}")),
        },
        Err(why) => (Status::Unknown, format!("{path} is {why}")),
    }
}

/// The verdict on "does the resource policy at `path` allow every action (`*` or
/// `SERVICE:*`) to any principal without a restricting condition?": Fail when it does, Pass
/// when not (or when there is no policy), Unknown when it cannot be read or a statement's
/// actions, principals or conditions are unknown.
pub fn policy_all_actions_public(
    cx: &Cx,
    r: &Resource,
    path: &str,
    service: &str,
) -> (Status, String) {
    let all = |a: &str| {
        a == "*"
            || a.split_once(':')
                .is_some_and(|(svc, act)| svc.eq_ignore_ascii_case(service) && act == "*")
    };
    let keep = |s: &crate::rules::policy_doc::Statement| {
        s.is_open("actions") || s.actions.iter().any(|a| all(a))
    };
    match &*crate::rules::policy_doc::statements(cx.stack, r, path) {
        Ok(None) => (Status::Pass, format!("no {path}")),
        Ok(Some(st)) => match open_to_any_principal_where(st, keep) {
            Ok(Some(why)) => (Status::Fail, format!("the {path}'s {why}")),
            Ok(None) => (
                Status::Pass,
                format!(
                    "the {path} allows \"*\" or \"{service}:*\" to no principal without a restricting condition"
                ),
            ),
            Err(why) => (Status::Unknown, format!("the {path}: {why}")),
        },
        Err(why) => (Status::Unknown, format!("{path} is {why}")),
    }
}

/// Fail on every resource of `types` the plan keeps: rules whose finding is the resource
/// itself (an IAM user, a login profile, a website configuration), reported on `attr`.
/// With none in the plan and `none` given, one Pass on the stack saying so.
pub fn flag_each(cx: &mut Cx, types: &[&str], attr: &str, why: &str, none: bool) {
    let mut found = false;
    for t in types {
        for (_, r) in cx.live(t) {
            found = true;
            cx.report(r, attr, Status::Fail, format!("{}: {why}", r.rtype));
        }
    }
    if !found && none {
        cx.push_stack(
            attr,
            Status::Pass,
            format!("no {} in the plan", types.join(" or ")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::names_something;

    #[test]
    fn condition_values_that_anyone_can_meet_do_not_restrict() {
        for (key, v) in [
            ("aws:PrincipalOrgID", "o-*"),
            ("aws:PrincipalAccount", "????????????"),
            ("aws:SourceVpce", "vpce-*"),
            ("aws:SourceIp", "0.0.0.0/1"),
            ("aws:SourceIp", "::/8"),
            ("aws:PrincipalArn", "arn:aws:iam::*:*"),
            ("aws:SourceArn", "arn:aws:s3:::*"),
            ("aws:PrincipalOrgPaths", "*/r-ab12/*"),
        ] {
            assert!(!names_something(key, v), "{key} {v}");
        }
        for (key, v) in [
            ("aws:PrincipalOrgID", "o-abc123def4"),
            ("aws:PrincipalArn", "arn:aws:iam::123456789012:role/*"),
            ("aws:SourceIp", "10.0.0.0/8"),
            ("aws:SourceIp", "203.0.113.7"),
            ("aws:PrincipalOrgPaths", "o-abc123def4/r-ab12/*"),
        ] {
            assert!(names_something(key, v), "{key} {v}");
        }
    }

    use super::is_aws_managed_alias;

    #[test]
    fn any_principal_unless_a_condition_restricts() {
        use super::open_to_any_principal as open;
        use crate::rules::policy_doc::parse;
        let star = r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject"}}"#;
        assert!(open(&parse(star).unwrap()).unwrap().is_some());
        let aws = r#"{"Statement":[{"Effect":"Allow","Principal":{"AWS":["111122223333","*"]},"Action":"sqs:*"}]}"#;
        assert!(open(&parse(aws).unwrap()).unwrap().is_some());
        let root = r#"{"Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::*:root"},"Action":"sns:Publish"}}"#;
        assert!(open(&parse(root).unwrap()).unwrap().is_some());
        let not = r#"{"Statement":{"Effect":"Allow","NotPrincipal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"s3:*"}}"#;
        assert!(open(&parse(not).unwrap()).unwrap().is_some());
        let deny = r#"{"Statement":{"Effect":"Deny","Principal":"*","Action":"s3:*"}}"#;
        assert!(open(&parse(deny).unwrap()).unwrap().is_none());
        let account = r#"{"Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"s3:*"}}"#;
        assert!(open(&parse(account).unwrap()).unwrap().is_none());
        let service = r#"{"Statement":{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage"}}"#;
        assert!(open(&parse(service).unwrap()).unwrap().is_none());
        let org = r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}}}"#;
        assert!(open(&parse(org).unwrap()).unwrap().is_none());
        let source = r#"{"Statement":{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sqs:SendMessage","Condition":{"ArnEquals":{"aws:SourceArn":"arn:aws:sns:us-east-1:111122223333:t"}}}}"#;
        assert!(open(&parse(source).unwrap()).unwrap().is_none());
        // Conditions that do not say who: still open.
        let tls = r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Condition":{"Bool":{"aws:SecureTransport":"true"}}}}"#;
        assert!(open(&parse(tls).unwrap()).unwrap().is_some());
        let wild = r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Condition":{"StringLike":{"aws:SourceAccount":"*"}}}}"#;
        assert!(open(&parse(wild).unwrap()).unwrap().is_some());
        let negated = r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Condition":{"StringNotEquals":{"aws:PrincipalOrgID":"o-abc123"}}}}"#;
        assert!(open(&parse(negated).unwrap()).unwrap().is_some());
        let if_exists = r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Condition":{"StringEqualsIfExists":{"aws:SourceVpce":"vpce-1"}}}}"#;
        assert!(open(&parse(if_exists).unwrap()).unwrap().is_some());
        let anywhere = r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Condition":{"IpAddress":{"aws:SourceIp":["0.0.0.0/0"]}}}}"#;
        assert!(open(&parse(anywhere).unwrap()).unwrap().is_some());
        let office = r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Condition":{"IpAddress":{"aws:SourceIp":["203.0.113.0/24"]}}}}"#;
        assert!(open(&parse(office).unwrap()).unwrap().is_none());
    }

    #[test]
    fn aws_managed_aliases_by_name_and_arn() {
        assert!(is_aws_managed_alias("alias/aws/secretsmanager"));
        assert!(is_aws_managed_alias(
            "arn:aws:kms:us-east-1:111122223333:alias/aws/secretsmanager"
        ));
        assert!(is_aws_managed_alias(
            "arn:aws-us-gov:kms:us-gov-west-1:111122223333:alias/aws/s3"
        ));
        assert!(!is_aws_managed_alias("alias/app-secrets"));
        assert!(!is_aws_managed_alias("alias/awsome"));
        assert!(!is_aws_managed_alias(
            "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
        ));
        assert!(!is_aws_managed_alias("arn:aws:s3:::alias/aws/x"));
    }
}
