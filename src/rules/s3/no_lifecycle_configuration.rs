use crate::model::Eff;
use crate::rules::s3::by_partner;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every `aws_s3_bucket` has a lifecycle configuration: an
    /// `aws_s3_bucket_lifecycle_configuration` whose `bucket` points at it (followed across
    /// modules), or, in plans of provider v3, inline `lifecycle_rule` blocks.
    ///
    /// S3 keeps one configuration of this kind per bucket, the one applied last: several
    /// resources (or a legacy inline block and a resource) that disagree give Unknown.
    ///
    /// ## Why it matters
    /// Without lifecycle rules, old versions, incomplete multipart uploads and stale objects
    /// accumulate and are paid for forever.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_s3_bucket" "data" {
    ///   bucket = "example-data"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add an `aws_s3_bucket_lifecycle_configuration` with transitions and expirations that fit
    /// the data.
    pub struct NoLifecycleConfiguration {
        id: "AWS-S3-006",
        slug: "s3-no-lifecycle-configuration",
        service: "s3",
        category: "cost",
        severity: Low,
        title: "No lifecycle configuration",
        types: ["aws_s3_bucket", "aws_s3_bucket_lifecycle_configuration"],
        default_enabled: true,
        covers: [Fsbp "S3.13", Checkov "CKV2_AWS_61"],
    }
}

impl Rule for NoLifecycleConfiguration {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_s3_bucket") {
            let inline = match cx.stack.eff(r, "lifecycle_rule") {
                Eff::Known(v) if !v.is_empty() => {
                    Some((Status::Pass, "lifecycle rules (inline)".to_string()))
                }
                _ => None,
            };
            let (status, msg) = by_partner(
                cx,
                id,
                "aws_s3_bucket_lifecycle_configuration",
                |l| {
                    (
                        Status::Pass,
                        format!("lifecycle configuration {}", l.address),
                    )
                },
                inline,
                "no aws_s3_bucket_lifecycle_configuration for this bucket",
            );
            cx.report(r, "", status, msg);
        }
    }
}
