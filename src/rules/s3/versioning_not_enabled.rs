use crate::model::Eff;
use crate::model::Val;
use crate::rules::s3::by_partner;
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every `aws_s3_bucket` has versioning enabled: an `aws_s3_bucket_versioning` whose
    /// `bucket` points at it (followed across modules) with `status = "Enabled"`, or, in plans
    /// of provider v3, an inline `versioning { enabled = true }`.
    ///
    /// S3 keeps one configuration of this kind per bucket, the one applied last: several
    /// resources (or a legacy inline block and a resource) that disagree give Unknown.
    ///
    /// ## Why it matters
    /// Without versioning an overwrite or delete — by mistake, by a bug, or by ransomware —
    /// destroys the only copy.
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
    /// resource "aws_s3_bucket_versioning" "data" {
    ///   bucket = aws_s3_bucket.data.id
    ///   versioning_configuration {
    ///     status = "Enabled"
    ///   }
    /// }
    /// ```
    pub struct VersioningNotEnabled {
        id: "AWS-S3-002",
        slug: "s3-versioning-not-enabled",
        service: "s3",
        category: "resilience",
        severity: Medium,
        title: "Versioning not enabled",
        types: ["aws_s3_bucket", "aws_s3_bucket_versioning"],
        default_enabled: true,
        covers: [Fsbp "S3.14", Checkov "CKV_AWS_21", Trivy "AVD-AWS-0090", Kics "s3_bucket_without_versioning"],
    }
}

impl Rule for VersioningNotEnabled {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_s3_bucket") {
            let inline = match cx.stack.eff(r, "versioning.0.enabled") {
                Eff::Known(Val::Bool(true)) => {
                    Some((Status::Pass, "versioning enabled (inline)".to_string()))
                }
                _ => None,
            };
            let (status, msg) = by_partner(
                cx,
                id,
                "aws_s3_bucket_versioning",
                |v| match cx.stack.eff(v, "versioning_configuration.0.status") {
                    Eff::Known(Val::Str(s)) if s.as_ref() == "Enabled" => {
                        (Status::Pass, format!("versioning enabled by {}", v.address))
                    }
                    Eff::Known(s) => (
                        Status::Fail,
                        format!(
                            "{} sets versioning to {}",
                            v.address,
                            crate::model::value::display(s)
                        ),
                    ),
                    e => (
                        Status::Unknown,
                        format!(
                            "the versioning status of {} is {}",
                            v.address,
                            unknown_reason(&e)
                        ),
                    ),
                },
                inline,
                "no aws_s3_bucket_versioning enables versioning on this bucket",
            );
            cx.report(r, "", status, msg);
        }
    }
}
