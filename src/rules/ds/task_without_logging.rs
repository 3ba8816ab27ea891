use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_datasync_task` has `cloudwatch_log_group_arn` set (a log group of the plan
    /// counts). Unset, the task logs nothing: it fails. A value known only at apply is
    /// Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// The task's log records which files were transferred, skipped or failed verification:
    /// without it, a transfer that copied the wrong data, or too much, leaves no trace.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_datasync_task" "archive" {
    ///   source_location_arn      = aws_datasync_location_object_storage.onprem.arn
    ///   destination_location_arn = aws_datasync_location_s3.archive.arn
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add `cloudwatch_log_group_arn = aws_cloudwatch_log_group.datasync.arn`.
    pub struct TaskWithoutLogging {
        id: "AWS-DS-002",
        slug: "datasync-task-without-logging",
        service: "datasync",
        category: "logging",
        severity: Medium,
        title: "DataSync task without CloudWatch logging",
        types: ["aws_datasync_task"],
        default_enabled: false,
        covers: [Fsbp "DataSync.1"],
        check: Spec::all(&[attr("cloudwatch_log_group_arn", Set)
            .risk("the task's transfers are not logged")]),
    }
}
