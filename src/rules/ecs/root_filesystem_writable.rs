use crate::model::Val;
use crate::rules::ecs::{container_name, containers};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every container in `aws_ecs_task_definition.container_definitions` (JSON text, also
    /// when built with `jsonencode`) sets `readonlyRootFilesystem` to `true`. Unset, AWS's
    /// default is `false` (a writable root filesystem): it fails, naming the containers.
    /// Definitions known only at apply are Unknown.
    ///
    /// ## Why it matters
    /// A writable root filesystem lets an attacker who gets code execution in the container
    /// drop tools, change binaries and persist for the task's life. Data that must be written
    /// goes to a volume or a `tmpfs` mount instead.
    ///
    /// ## Example
    /// ```hcl
    /// container_definitions = jsonencode([{ name = "api", image = "api:1.0" }])
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// container_definitions = jsonencode([{
    ///   name                   = "api"
    ///   image                  = "api:1.0"
    ///   readonlyRootFilesystem = true
    /// }])
    /// ```
    pub struct RootFilesystemWritable {
        id: "AWS-ECS-005",
        slug: "ecs-root-filesystem-writable",
        service: "ecs",
        category: "access-control",
        severity: High,
        title: "ECS container root filesystem writable",
        types: ["aws_ecs_task_definition"],
        default_enabled: true,
        covers: [Fsbp "ECS.5", Checkov "CKV_AWS_336"],
    }
}

impl Rule for RootFilesystemWritable {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_ecs_task_definition") {
            let (status, msg) = match containers(cx, r) {
                Err(why) => (Status::Unknown, why),
                Ok(list) if list.is_empty() => continue,
                Ok(list) => {
                    let writable: Vec<String> = list
                        .iter()
                        .filter(|c| {
                            c.get("readonlyRootFilesystem").and_then(Val::as_bool) != Some(true)
                        })
                        .map(|c| format!("{:?}", container_name(c)))
                        .collect();
                    if writable.is_empty() {
                        (
                            Status::Pass,
                            "every container has a read-only root filesystem".to_string(),
                        )
                    } else {
                        (
                            Status::Fail,
                            format!(
                                "readonlyRootFilesystem is not true (AWS default: false) for \
                                 container {}",
                                writable.join(", ")
                            ),
                        )
                    }
                }
            };
            cx.report(r, "container_definitions", status, msg);
        }
    }
}
