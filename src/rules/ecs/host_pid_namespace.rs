use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_ecs_task_definition.pid_mode` is not `host`. Unset, each container gets its own
    /// process namespace (AWS's default): it passes. A value known only at apply is Unknown.
    ///
    /// ## Why it matters
    /// With the host's PID namespace the task's containers see, and can signal or trace, every
    /// process of the container instance, other tasks' included.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ecs_task_definition" "api" {
    ///   family                = "api"
    ///   pid_mode              = "host"
    ///   container_definitions = jsonencode([{ name = "api", image = "api:1.0" }])
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `pid_mode` (or use `task` to share processes between the task's containers
    /// only).
    pub struct HostPidNamespace {
        id: "AWS-ECS-008",
        slug: "ecs-host-pid-namespace",
        service: "ecs",
        category: "access-control",
        severity: High,
        title: "ECS task shares the host's process namespace",
        types: ["aws_ecs_task_definition"],
        default_enabled: true,
        covers: [Fsbp "ECS.3", Checkov "CKV_AWS_335"],
        check: Spec::all(&[attr("pid_mode", IsNot(Str("host")))
            .risk("the task's containers see every process of the host")]),
    }
}
