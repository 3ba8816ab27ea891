use crate::model::Val;
use crate::rules::ecs::judge_containers;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// No container in `aws_ecs_task_definition.container_definitions` (JSON text, also when
    /// built with `jsonencode`) sets `privileged` to `true`. Unset, AWS's default is `false`:
    /// it passes. Definitions known only at apply are Unknown.
    ///
    /// ## Why it matters
    /// A privileged container has every capability and the host's devices: code running in it
    /// can take over the container instance and every other task on it.
    ///
    /// ## Example
    /// ```hcl
    /// container_definitions = jsonencode([{ name = "api", image = "api:1.0", privileged = true }])
    /// ```
    ///
    /// ## Fix
    /// Remove `privileged` (or set it to `false`); grant the one capability needed with
    /// `linuxParameters.capabilities.add`.
    pub struct ContainerPrivileged {
        id: "AWS-ECS-007",
        slug: "ecs-container-privileged",
        service: "ecs",
        category: "access-control",
        severity: High,
        title: "ECS container runs privileged",
        types: ["aws_ecs_task_definition"],
        default_enabled: true,
        covers: [Fsbp "ECS.4", Checkov "CKV_AWS_334"],
    }
}

/// Whether a container definition runs privileged.
pub fn privileged(c: &Val) -> bool {
    c.get("privileged").and_then(Val::as_bool) == Some(true)
}

impl Rule for ContainerPrivileged {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        judge_containers(
            cx,
            |_, _| Ok(true),
            privileged,
            "privileged is true",
            "no container runs privileged",
        );
    }
}
