use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_codebuild_project` whose `logs_config[0].s3_logs[0].status` is `ENABLED` has
    /// `logs_config[0].s3_logs[0].encryption_disabled` `false`. Unset, AWS's default is
    /// `false` (logs encrypted): it passes. Projects without S3 logs (the default) are not
    /// judged; values known only at apply are Unknown. Off by default (low severity): it runs
    /// under `--profile strict`.
    ///
    /// ## Why it matters
    /// Build logs echo commands, environment values and sometimes secrets; written to S3
    /// unencrypted, they rely on the bucket alone for protection.
    ///
    /// ## Example
    /// ```hcl
    /// logs_config {
    ///   s3_logs {
    ///     status              = "ENABLED"
    ///     location            = "build-logs/api"
    ///     encryption_disabled = true
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `encryption_disabled` (or set it to `false`).
    pub struct S3LogsUnencrypted {
        id: "AWS-CB-008",
        slug: "codebuild-s3-logs-unencrypted",
        service: "codebuild",
        category: "encryption",
        severity: Low,
        title: "CodeBuild S3 logs unencrypted",
        types: ["aws_codebuild_project"],
        default_enabled: false,
        covers: [Fsbp "CodeBuild.3", Checkov "CKV_AWS_311"],
        check: Spec::all(&[attr("logs_config.0.s3_logs.0.encryption_disabled", Is(Bool(false)))
            .default(Bool(false))
            .risk("build logs are written to S3 unencrypted")])
        .when(&[attr("logs_config.0.s3_logs.0.status", Is(Str("ENABLED")))]),
    }
}
