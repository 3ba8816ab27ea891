use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_codebuild_report_group` whose `export_config[0].type` is `S3` has
    /// `export_config[0].s3_destination[0].encryption_disabled` `false`. Unset, AWS's default
    /// is `false` (exports encrypted): it passes. Report groups that do not export
    /// (`NO_EXPORT`) are not judged; values known only at apply are Unknown. Off by default
    /// (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Test and coverage reports can carry source snippets, environment details and
    /// credentials printed by tests; exported unencrypted, they sit in S3 in the clear.
    ///
    /// ## Example
    /// ```hcl
    /// export_config {
    ///   type = "S3"
    ///   s3_destination {
    ///     bucket              = aws_s3_bucket.reports.id
    ///     encryption_disabled = true
    ///     encryption_key      = aws_kms_key.reports.arn
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `encryption_disabled` (or set it to `false`).
    pub struct ReportGroupExportUnencrypted {
        id: "AWS-CB-007",
        slug: "codebuild-report-group-export-unencrypted",
        service: "codebuild",
        category: "encryption",
        severity: Medium,
        title: "CodeBuild report group exports unencrypted",
        types: ["aws_codebuild_report_group"],
        default_enabled: false,
        covers: [Fsbp "CodeBuild.7"],
        check: Spec::all(&[attr(
            "export_config.0.s3_destination.0.encryption_disabled",
            Is(Bool(false)),
        )
        .default(Bool(false))
        .risk("the exported reports are stored unencrypted")])
        .when(&[attr("export_config.0.type", Is(Str("S3")))]),
    }
}
