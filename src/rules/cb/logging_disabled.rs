use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_codebuild_project` sends its build logs somewhere: `logs_config[0].
    /// cloudwatch_logs[0].status` is `ENABLED` (AWS default when unset: `ENABLED`) or
    /// `logs_config[0].s3_logs[0].status` is `ENABLED` (AWS default: `DISABLED`). It fails
    /// only when both are disabled. Values known only at apply are Unknown. Off by default
    /// (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Build logs are the record of what ran with the project's role: without them a
    /// compromised build step leaves no trace.
    ///
    /// ## Example
    /// ```hcl
    /// logs_config {
    ///   cloudwatch_logs {
    ///     status = "DISABLED"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove the `DISABLED` status, or enable `s3_logs` with a bucket.
    pub struct LoggingDisabled {
        id: "AWS-CB-006",
        slug: "codebuild-logging-disabled",
        service: "codebuild",
        category: "logging",
        severity: Medium,
        title: "CodeBuild project without build logs",
        types: ["aws_codebuild_project"],
        default_enabled: false,
        covers: [Fsbp "CodeBuild.4", Checkov "CKV_AWS_314"],
        check: Spec::any(&[
            attr("logs_config.0.cloudwatch_logs.0.status", Is(Str("ENABLED")))
                .default(Str("ENABLED"))
                .risk("the project's builds leave no logs"),
            attr("logs_config.0.s3_logs.0.status", Is(Str("ENABLED"))).default(Str("DISABLED")),
        ]),
    }
}
