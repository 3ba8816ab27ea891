use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};
use std::collections::BTreeSet;

declare_rule! {
    /// ## What it checks
    /// A resource that encrypts with a key of the plan (`kms_key_id`, `kms_key_arn`,
    /// `kms_master_key_id`, or a nested encryption block) is in the key's region: the regions
    /// of both provider configurations are compared (aliases and `var.` regions resolved).
    /// Replication destinations and global tables' replicas, which live in other regions by
    /// design, and global services (IAM) are not judged.
    ///
    /// ## Why it matters
    /// KMS keys are regional: a consumer cannot use a key of another region, and the apply
    /// fails — typically only in the second region of a multi-region stack.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_cloudwatch_log_group" "west" {
    ///   provider   = aws.west
    ///   kms_key_id = aws_kms_key.east.arn
    /// }
    /// ```
    ///
    /// ## Fix
    /// Create the key (or a replica key) with the consumer's provider.
    pub struct KeyFromOtherRegion {
        id: "AWS-KMS-004",
        slug: "kms-key-from-other-region",
        service: "kms",
        category: "encryption",
        severity: High,
        title: "Key from another region",
        types: ["aws_kms_key", "(consumers)"],
        default_enabled: true,
    }
}

/// Top-level attributes whose nested blocks hold keys.
const NESTED: [&str; 5] = [
    "rule",
    "server_side_encryption",
    "encryption_config",
    "encryption_configuration",
    "encryption_info",
];
const SKIP_TYPES: [&str; 4] = [
    "aws_kms_alias",
    "aws_kms_key_policy",
    "aws_kms_replica_key",
    "aws_s3_bucket_replication_configuration",
];

impl Rule for KeyFromOtherRegion {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let mut seen = BTreeSet::new();
        for (id, key) in cx.live("aws_kms_key") {
            let key_region = cx.stack.region(key);
            for e in cx.stack.edges_to(id) {
                let c = &cx.stack.resources[e.from];
                let consumes = e.attr.contains("kms") || NESTED.contains(&e.attr);
                if !consumes
                    || SKIP_TYPES.contains(&c.rtype)
                    || c.rtype.starts_with("aws_iam_")
                    || !seen.insert((e.from, id))
                {
                    continue;
                }
                let (status, msg) = match (cx.stack.region(c), &key_region) {
                    (Some(a), Some(b)) if a == *b => {
                        (Status::Pass, format!("key {} is in {b} too", key.address))
                    }
                    (Some(a), Some(b)) => (
                        Status::Fail,
                        format!("{} is in {a}, but key {} is in {b}", c.address, key.address),
                    ),
                    _ => (
                        Status::Unknown,
                        format!(
                            "the region of {} or of key {} is unknown",
                            c.address, key.address
                        ),
                    ),
                };
                cx.report(c, e.attr, status, msg);
            }
        }
    }
}
