use crate::model::Val;
use crate::model::{Eff, Resource};
use crate::rules::s3::by_partner;
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every `aws_s3_bucket` has an explicit default encryption with a KMS key: an
    /// `aws_s3_bucket_server_side_encryption_configuration` whose `bucket` points at it, with
    /// `sse_algorithm` `aws:kms` or `aws:kms:dsse`. S3 has applied SSE-S3 to every new object
    /// since January 2023, so "no encryption" is never the finding: the finding is "no KMS".
    /// With `require_kms = false` in `[rules.AWS-S3-008]`, any explicit configuration passes.
    ///
    /// S3 keeps one configuration of this kind per bucket, the one applied last: several
    /// resources (or a legacy inline block and a resource) that disagree give Unknown.
    ///
    /// ## Why it matters
    /// With SSE-S3, anyone allowed to read the object reads it; with a KMS key, reading also
    /// needs `kms:Decrypt` on a key whose policy and CloudTrail record say who.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_s3_bucket" "data" {
    ///   bucket = "example-data"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
    ///   bucket = aws_s3_bucket.data.id
    ///   rule {
    ///     apply_server_side_encryption_by_default {
    ///       sse_algorithm     = "aws:kms"
    ///       kms_master_key_id = aws_kms_key.s3.arn
    ///     }
    ///   }
    /// }
    /// ```
    pub struct NoDefaultKmsEncryption {
        id: "AWS-S3-008",
        slug: "s3-no-default-kms-encryption",
        service: "s3",
        category: "encryption",
        severity: Medium,
        title: "No explicit / KMS default encryption",
        types: ["aws_s3_bucket", "aws_s3_bucket_server_side_encryption_configuration"],
        default_enabled: true,
        params: [("require_kms", "bool")],
        covers: [Fsbp "S3.17", Checkov "CKV_AWS_145", Trivy "AVD-AWS-0132"],
    }
}

/// The verdict on an SSE configuration's rules at `prefix` (`rule` or the v3 inline path).
fn judge(cx: &Cx, r: &Resource, prefix: &str, require_kms: bool) -> (Status, String) {
    match cx.stack.eff(
        r,
        &format!("{prefix}.0.apply_server_side_encryption_by_default.0.sse_algorithm"),
    ) {
        Eff::Known(Val::Str(a)) if a.starts_with("aws:kms") => (
            Status::Pass,
            format!("default encryption {a} by {}", r.address),
        ),
        Eff::Known(Val::Str(a)) if !require_kms => (
            Status::Pass,
            format!("default encryption {a} by {}", r.address),
        ),
        Eff::Known(Val::Str(a)) => (
            Status::Fail,
            format!("{} sets {a} (SSE-S3), not a KMS key", r.address),
        ),
        Eff::Known(_) | Eff::NotSet => (Status::Fail, format!("{} sets no algorithm", r.address)),
        e => (
            Status::Unknown,
            format!("the algorithm of {} is {}", r.address, unknown_reason(&e)),
        ),
    }
}

impl Rule for NoDefaultKmsEncryption {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let require_kms = cx
            .params
            .get(Self::META.id, "require_kms")
            .and_then(|v| v.as_bool())
            .unwrap_or(true);
        for (id, r) in cx.live("aws_s3_bucket") {
            let inline = match cx
                .stack
                .eff(r, "server_side_encryption_configuration.0.rule")
            {
                Eff::Known(v) if !v.is_empty() => Some(judge(
                    cx,
                    r,
                    "server_side_encryption_configuration.0.rule",
                    require_kms,
                )),
                _ => None,
            };
            let missing = if require_kms {
                "no explicit default encryption with a KMS key (S3 applies SSE-S3 only)"
            } else {
                "no explicit default encryption configuration"
            };
            let (status, msg) = by_partner(
                cx,
                id,
                "aws_s3_bucket_server_side_encryption_configuration",
                |c| judge(cx, c, "rule", require_kms),
                inline,
                missing,
            );
            cx.report(r, "", status, msg);
        }
    }
}
