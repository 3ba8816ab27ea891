use crate::model::Eff;
use crate::rules::s3::by_partner;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every `aws_s3_bucket` has server access logging: an `aws_s3_bucket_logging` whose
    /// `bucket` points at it (followed across modules), or, in plans of provider v3, an inline
    /// `logging` block.
    ///
    /// S3 keeps one configuration of this kind per bucket, the one applied last: several
    /// resources (or a legacy inline block and a resource) that disagree give Unknown.
    ///
    /// ## Why it matters
    /// Without access logs there is no record of who read or deleted which object, and data
    /// exfiltration from a bucket goes unseen.
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
    /// resource "aws_s3_bucket_logging" "data" {
    ///   bucket        = aws_s3_bucket.data.id
    ///   target_bucket = aws_s3_bucket.logs.id
    ///   target_prefix = "s3/data/"
    /// }
    /// ```
    pub struct AccessLoggingOff {
        id: "AWS-S3-003",
        slug: "s3-access-logging-off",
        service: "s3",
        category: "logging",
        severity: Medium,
        title: "Access logging off",
        types: ["aws_s3_bucket", "aws_s3_bucket_logging"],
        default_enabled: true,
        covers: [Fsbp "S3.9", Checkov "CKV_AWS_18", Trivy "AVD-AWS-0089", Kics "s3_bucket_logging_disabled"],
    }
}

impl Rule for AccessLoggingOff {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_s3_bucket") {
            let (status, msg) = logging_verdict(cx, id);
            cx.report(r, "", status, msg);
        }
    }
}

/// Whether bucket `id` has access logging: an `aws_s3_bucket_logging` for it, or the legacy
/// inline `logging` block.
pub fn logging_verdict(cx: &Cx, id: crate::model::ResId) -> (Status, String) {
    let r = &cx.stack.resources[id];
    let inline = match cx.stack.eff(r, "logging") {
        Eff::Known(v) if !v.is_empty() => {
            Some((Status::Pass, "access logging (inline)".to_string()))
        }
        _ => None,
    };
    by_partner(
        cx,
        id,
        "aws_s3_bucket_logging",
        |l| (Status::Pass, format!("access logging by {}", l.address)),
        inline,
        "no aws_s3_bucket_logging for this bucket",
    )
}
