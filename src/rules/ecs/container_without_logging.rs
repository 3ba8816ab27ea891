use crate::rules::ecs::judge_containers;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Every container in `aws_ecs_task_definition.container_definitions` (JSON text, also
    /// when built with `jsonencode`) has a `logConfiguration`. Unset, the container's output
    /// goes nowhere AWS keeps: it fails, naming the containers. Definitions known only at
    /// apply are Unknown.
    ///
    /// ## Why it matters
    /// Without a log driver (`awslogs`, `awsfirelens`, `splunk`...) the container's stdout and
    /// stderr are lost when the task stops: no trace of errors, intrusions or what a
    /// compromised container did.
    ///
    /// ## Example
    /// ```hcl
    /// container_definitions = jsonencode([{ name = "api", image = "api:1.0" }])
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// container_definitions = jsonencode([{
    ///   name  = "api"
    ///   image = "api:1.0"
    ///   logConfiguration = {
    ///     logDriver = "awslogs"
    ///     options = {
    ///       awslogs-group         = "/ecs/api"
    ///       awslogs-region        = "eu-west-1"
    ///       awslogs-stream-prefix = "api"
    ///     }
    ///   }
    /// }])
    /// ```
    pub struct ContainerWithoutLogging {
        id: "AWS-ECS-006",
        slug: "ecs-container-without-logging",
        service: "ecs",
        category: "logging",
        severity: High,
        title: "ECS container without log configuration",
        types: ["aws_ecs_task_definition"],
        default_enabled: true,
        covers: [Fsbp "ECS.9"],
    }
}

impl Rule for ContainerWithoutLogging {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        judge_containers(
            cx,
            |_, _| Ok(true),
            |c| c.get("logConfiguration").is_none_or(|v| v.is_empty()),
            "logConfiguration is not set",
            "every container has a log configuration",
        );
    }
}
