use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_sfn_state_machine` logs its executions: `logging_configuration.level` is `ALL`,
    /// `ERROR` or `FATAL`. Unset, it is `OFF` (AWS default), which fails. A value known only
    /// at apply gives Unknown. Off by default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Without execution logs, failed or unexpected workflow runs leave no history beyond the
    /// 90 days of the console's execution list, and nothing to alarm on.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_sfn_state_machine" "orders" {
    ///   name       = "orders"
    ///   role_arn   = aws_iam_role.sfn.arn
    ///   definition = file("orders.asl.json")
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// logging_configuration {
    ///   log_destination        = "${aws_cloudwatch_log_group.sfn.arn}:*"
    ///   include_execution_data = false
    ///   level                  = "ERROR"
    /// }
    /// ```
    pub struct LoggingOff {
        id: "AWS-SFN-001",
        slug: "sfn-logging-off",
        service: "stepfunctions",
        category: "logging",
        severity: Medium,
        title: "Step Functions state machine without logging",
        types: ["aws_sfn_state_machine"],
        default_enabled: false,
        covers: [Fsbp "StepFunctions.1", Checkov "CKV_AWS_285"],
        check: Spec::all(&[attr("logging_configuration.0.level", NoneOf(&["OFF"])).default(Str("OFF")).risk("executions leave no logs")]),
    }
}
