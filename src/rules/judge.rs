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
                .map(|_| k.address.as_str())
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

#[cfg(test)]
mod tests {
    use super::is_aws_managed_alias;

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
