use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_cloudwatch_metric_alarm` has `actions_enabled = true`. Unset, the provider sends `true`:
    /// Pass. A value unknown until apply gives Unknown. Off by default (it runs under `--profile
    /// strict`).
    ///
    /// ## Why it matters
    /// An alarm whose actions are disabled still changes state, but sends no notification and runs no
    /// scaling or recovery action: the problem it watches goes unnoticed.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_cloudwatch_metric_alarm" "errors" {
    ///   alarm_name      = "errors"
    ///   actions_enabled = false
    ///   alarm_actions   = [aws_sns_topic.ops.arn]
    ///   # ...
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_metric_alarm" "errors" {
    ///   alarm_name    = "errors"
    ///   alarm_actions = [aws_sns_topic.ops.arn]
    ///   # ...
    /// }
    /// ```
    pub struct AlarmActionsDisabled {
        id: "AWS-CW-008",
        slug: "cloudwatch-alarm-actions-disabled",
        service: "cloudwatch",
        category: "monitoring",
        severity: Medium,
        title: "Alarm actions disabled",
        types: ["aws_cloudwatch_metric_alarm"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_319"],
        check: Spec::all(&[attr("actions_enabled", Is(Bool(true))).default(Bool(true)).risk("the alarm changes state but notifies nobody and runs no action")]),
    }
}
