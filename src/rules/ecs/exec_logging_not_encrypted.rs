use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_ecs_cluster`'s `configuration[0].execute_command_configuration[0]` has
    /// `logging` other than `NONE` (AWS default `DEFAULT`: the task definition's `awslogs`
    /// configuration) and a customer managed `kms_key_id` for the ECS Exec session data.
    /// Without a key (none is the default) it fails. Values known only at apply are Unknown.
    /// Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// ECS Exec opens a shell in running containers: its sessions should be recorded, and the
    /// data channel encrypted with a key whose use you control and audit.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ecs_cluster" "main" {
    ///   name = "main"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// configuration {
    ///   execute_command_configuration {
    ///     kms_key_id = aws_kms_key.ecs.arn
    ///     logging    = "OVERRIDE"
    ///     log_configuration {
    ///       cloud_watch_encryption_enabled = true
    ///       cloud_watch_log_group_name     = aws_cloudwatch_log_group.exec.name
    ///     }
    ///   }
    /// }
    /// ```
    pub struct ExecLoggingNotEncrypted {
        id: "AWS-ECS-011",
        slug: "ecs-exec-logging-not-encrypted",
        service: "ecs",
        category: "logging",
        severity: Medium,
        title: "ECS Exec sessions not logged or not encrypted with a customer key",
        types: ["aws_ecs_cluster"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_223", Checkov "CKV_AWS_224"],
        check: Spec::all(&[
            attr("configuration.0.execute_command_configuration.0.logging", IsNot(Str("NONE")))
                .default(Str("DEFAULT"))
                .risk("ECS Exec sessions are not recorded"),
            attr("configuration.0.execute_command_configuration.0.kms_key_id", CustomerKey)
                .risk("ECS Exec session data is not encrypted with a key you control"),
        ]),
    }
}
