use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_mwaa_environment` sends its scheduler, web server and worker logs to
    /// CloudWatch: `logging_configuration[0].scheduler_logs[0].enabled`,
    /// `webserver_logs[0].enabled` and `worker_logs[0].enabled` are `true`. Unset, AWS's
    /// default for each is `false`: it fails. Values known only at apply are Unknown, as are
    /// the blocks a `logging_configuration` leaves out (the provider computes them). Off by
    /// default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// The scheduler, web server and worker logs record who triggered which DAG and what the
    /// tasks ran with the environment's role: without them there is no trail.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_mwaa_environment" "main" {
    ///   name               = "main"
    ///   dag_s3_path        = "dags/"
    ///   execution_role_arn = aws_iam_role.mwaa.arn
    ///   source_bucket_arn  = aws_s3_bucket.dags.arn
    ///   network_configuration { ... }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// logging_configuration {
    ///   scheduler_logs {
    ///     enabled   = true
    ///     log_level = "INFO"
    ///   }
    ///   webserver_logs {
    ///     enabled   = true
    ///     log_level = "INFO"
    ///   }
    ///   worker_logs {
    ///     enabled   = true
    ///     log_level = "INFO"
    ///   }
    /// }
    /// ```
    pub struct LogsDisabled {
        id: "AWS-MWAA-001",
        slug: "mwaa-logs-disabled",
        service: "mwaa",
        category: "logging",
        severity: Medium,
        title: "MWAA scheduler, web server or worker logs disabled",
        types: ["aws_mwaa_environment"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_242", Checkov "CKV_AWS_243", Checkov "CKV_AWS_244"],
        check: Spec::all(&[
            attr("logging_configuration.0.scheduler_logs.0.enabled", Is(Bool(true)))
                .default(Bool(false))
                .risk("the scheduler's activity is not logged"),
            attr("logging_configuration.0.webserver_logs.0.enabled", Is(Bool(true)))
                .default(Bool(false))
                .risk("web server access is not logged"),
            attr("logging_configuration.0.worker_logs.0.enabled", Is(Bool(true)))
                .default(Bool(false))
                .risk("what the tasks run is not logged"),
        ]),
    }
}
