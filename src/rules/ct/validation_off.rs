use crate::rules::{declare_rule, tri_bool, unknown_reason, Cx, Rule, RuleMeta, Status};

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
    }
}

impl Rule for ValidationOff {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_cloudtrail") {
            let e = cx.stack.eff(r, "enable_log_file_validation");
            let (status, msg) = match tri_bool(&e, false) {
                Some(true) => (Status::Pass, "log file validation on".to_string()),
                Some(false) => (
                    Status::Fail,
                    "enable_log_file_validation is not true".to_string(),
                ),
                None => (
                    Status::Unknown,
                    format!("enable_log_file_validation is {}", unknown_reason(&e)),
                ),
            };
            cx.report(r, "enable_log_file_validation", status, msg);
        }
    }
}
