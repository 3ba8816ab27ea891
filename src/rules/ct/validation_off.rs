use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_cloudtrail` has `enable_log_file_validation = true`.
    ///
    /// ## Why it matters
    /// Without digest files nobody can prove that the logs were not edited or deleted after
    /// delivery — the first thing an intruder cleans up.
    ///
    /// ## Example
    /// `resource "aws_cloudtrail" "main" { name = "main", s3_bucket_name = "…" }`
    ///
    /// ## Fix
    /// `enable_log_file_validation = true`
    pub struct ValidationOff {
        id: "AWS-CT-002",
        slug: "cloudtrail-log-file-validation-off",
        service: "cloudtrail",
        category: "logging",
        severity: Medium,
        title: "CloudTrail log file validation off",
        types: ["aws_cloudtrail"],
        default_enabled: true,
        covers: [Fsbp "CloudTrail.4", Cis "3.2", Checkov "CKV_AWS_36", Trivy "AVD-AWS-0016", Kics "cloudtrail_log_file_validation_disabled"],
        check: Spec::all(&[attr("enable_log_file_validation", Is(Bool(true))).default(Bool(false))]),
    }
}
