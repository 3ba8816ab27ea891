use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_appsync_graphql_api` logs to CloudWatch with field-level logging: `log_config`
    /// is set and its `field_log_level` is not `NONE` (`ERROR`, `INFO`, `DEBUG` or `ALL`).
    /// Without `log_config`, AppSync logs nothing (AWS default), which fails. Values known
    /// only at apply give Unknown. Off by default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Without resolver logs, failed or abusive queries leave no trace to investigate.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_appsync_graphql_api" "app" {
    ///   name                = "app"
    ///   authentication_type = "AWS_IAM"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// log_config {
    ///   cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn
    ///   field_log_level          = "ERROR"
    /// }
    /// ```
    pub struct LoggingOff {
        id: "AWS-APPSYNC-003",
        slug: "appsync-logging-off",
        service: "appsync",
        category: "logging",
        severity: Medium,
        title: "AppSync GraphQL API without field-level logging",
        types: ["aws_appsync_graphql_api"],
        default_enabled: false,
        covers: [Fsbp "AppSync.2", Checkov "CKV_AWS_193", Checkov "CKV_AWS_194"],
        check: Spec::all(&[
            attr("log_config", Set).risk("the API's requests leave no logs"),
            attr("log_config.0.field_log_level", NoneOf(&["NONE"])).risk("resolver activity is not logged"),
        ]),
    }
}
