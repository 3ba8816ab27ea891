use crate::model::{Eff, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_ecs_task_definition` that sets both `task_role_arn` and `execution_role_arn`
    /// sets them to different roles: the same known ARN, or references to the same role of
    /// the plan, fail; different known ARNs or different roles of the plan pass. Task definitions without one of the two are not judged; A known ARN
    /// compared with a role of the plan, or ARNs that cannot be followed, are Unknown. Off by default
    /// (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// The execution role pulls images and reads the task's secrets for the ECS agent; the
    /// task role is what the application's code gets. One role for both hands the
    /// application every secret and registry the agent can reach.
    ///
    /// ## Example
    /// ```hcl
    /// task_role_arn      = aws_iam_role.api.arn
    /// execution_role_arn = aws_iam_role.api.arn
    /// ```
    ///
    /// ## Fix
    /// Give the task its own role: `task_role_arn = aws_iam_role.api_task.arn`.
    pub struct TaskRoleIsExecutionRole {
        id: "AWS-ECS-012",
        slug: "ecs-task-role-is-execution-role",
        service: "ecs",
        category: "identity",
        severity: Medium,
        title: "ECS task role is also its execution role",
        types: ["aws_ecs_task_definition"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_249"],
    }
}

/// What a role attribute is: a known ARN, resources of the plan, unknown (why), or unset.
enum Role {
    Arn(String),
    From(Vec<usize>, String),
    Unknown(String),
    Unset,
}

fn role(cx: &Cx, r: &crate::model::Resource, path: &str) -> Role {
    match cx.stack.eff(r, path) {
        Eff::Known(Val::Str(s)) if !s.is_empty() => Role::Arn(s.to_string()),
        Eff::Known(_) | Eff::NotSet => Role::Unset,
        Eff::FromResources { ids, reference } => Role::From(ids, reference),
        e => Role::Unknown(format!("{path} is {}", unknown_reason(&e))),
    }
}

impl Rule for TaskRoleIsExecutionRole {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_ecs_task_definition") {
            let (status, msg) = match (
                role(cx, r, "task_role_arn"),
                role(cx, r, "execution_role_arn"),
            ) {
                (Role::Unset, _) | (_, Role::Unset) => continue,
                (Role::Unknown(why), _) | (_, Role::Unknown(why)) => (Status::Unknown, why),
                (Role::Arn(a), Role::Arn(b)) if a == b => (
                    Status::Fail,
                    format!("task_role_arn and execution_role_arn are both {a:?}"),
                ),
                (Role::From(a, reference), Role::From(b, _)) if a == b => (
                    Status::Fail,
                    format!("task_role_arn and execution_role_arn both come from {reference}"),
                ),
                (Role::From(a, _), Role::From(b, _)) if a.iter().any(|x| b.contains(x)) => (
                    Status::Unknown,
                    "task_role_arn and execution_role_arn may come from the same role".to_string(),
                ),
                (Role::Arn(_), Role::From(..)) | (Role::From(..), Role::Arn(_)) => (
                    Status::Unknown,
                    "one role is a known ARN, the other a role of the plan whose ARN is known \
                     only at apply"
                        .to_string(),
                ),
                _ => (
                    Status::Pass,
                    "task_role_arn and execution_role_arn are different roles".to_string(),
                ),
            };
            cx.report(r, "task_role_arn", status, msg);
        }
    }
}
