use crate::rules::ct::trail_bucket;
use crate::rules::s3::access_logging_off::logging_verdict;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// The S3 bucket an `aws_cloudtrail` delivers to (`s3_bucket_name`, followed by reference
    /// or known name to an `aws_s3_bucket` of the plan) has server access logging: an
    /// `aws_s3_bucket_logging` for it, or the legacy inline `logging` block (as AWS-S3-003
    /// judges it). A bucket that is not in the plan (a central log archive account) or that
    /// cannot be followed gives Unknown: judge it where it is managed. Reported on the trail.
    ///
    /// ## Why it matters
    /// The trail's bucket holds the account's audit record; its access log shows who read,
    /// deleted or tried to tamper with the log files — the first thing an intruder covers.
    ///
    /// ## Example
    /// A trail whose `aws_s3_bucket.trail` has no `aws_s3_bucket_logging`.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_s3_bucket_logging" "trail" {
    ///   bucket        = aws_s3_bucket.trail.id
    ///   target_bucket = aws_s3_bucket.access_logs.id
    ///   target_prefix = "cloudtrail/"
    /// }
    /// ```
    pub struct BucketNotLogged {
        id: "AWS-CT-006",
        slug: "cloudtrail-bucket-access-logging-off",
        service: "cloudtrail",
        category: "logging",
        severity: Medium,
        title: "CloudTrail bucket has no access logging",
        types: ["aws_cloudtrail"],
        default_enabled: true,
        covers: [Cis "3.4", Trivy "AVD-AWS-0163", Kics "cloudtrail_log_files_s3_bucket_with_logging_disabled"],
    }
}

impl Rule for BucketNotLogged {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_cloudtrail") {
            let (status, msg) = match trail_bucket(cx, r) {
                Ok(b) => {
                    let (s, m) = logging_verdict(cx, b);
                    (s, format!("{}: {m}", cx.address(b)))
                }
                Err(v) => v,
            };
            cx.report(r, "s3_bucket_name", status, msg);
        }
    }
}
