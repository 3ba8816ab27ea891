use crate::model::Val;
use crate::rules::ec2::user_data_secrets::env_secret;
use crate::rules::ecs::{container_name, containers};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The `environment` of every container in `aws_ecs_task_definition.container_definitions`
    /// (JSON text, also when built with `jsonencode`) holds no secret: no value with an AWS
    /// access key ID, a secret access key, a private key or a literal password (the detector
    /// of AWS-EC2-014), and no variable whose name says it is a secret (`*PASSWORD*`,
    /// `*SECRET*`, `*TOKEN*`, `*API_KEY*`, `*CREDENTIAL*`, `AWS_ACCESS_KEY_ID`,
    /// `AWS_SECRET_ACCESS_KEY`, `ECS_ENGINE_AUTH_DATA`) set to a literal value. Names that say
    /// where a secret is kept or how it is used (`*_ARN`, `*_NAME`, `*_ID`, `*_TTL`,
    /// `*_LENGTH`, ...) and values that are ARNs, numbers or booleans are not secrets. The
    /// message names the container and the variable, never the value. Definitions known only
    /// at apply are Unknown; a task definition whose containers set no environment passes.
    ///
    /// ## Why it matters
    /// Environment variables of a task definition are shown to anyone allowed
    /// `ecs:DescribeTaskDefinition`, in the console, and in the Terraform state. The
    /// `secrets` parameter injects values from Secrets Manager or Parameter Store at start
    /// instead, readable only by the task's execution role.
    ///
    /// ## Example
    /// ```hcl
    /// container_definitions = jsonencode([{
    ///   name  = "api"
    ///   image = "api:1.0"
    ///   environment = [{ name = "DB_PASSWORD", value = "hunter2" }]
    /// }])
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// container_definitions = jsonencode([{
    ///   name  = "api"
    ///   image = "api:1.0"
    ///   secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }]
    /// }])
    /// ```
    pub struct SecretsInEnvironment {
        id: "AWS-ECS-002",
        slug: "ecs-secrets-in-environment",
        service: "ecs",
        category: "secrets",
        severity: Critical,
        title: "Secrets in ECS container environment",
        types: ["aws_ecs_task_definition"],
        default_enabled: true,
        covers: [Fsbp "ECS.8", Trivy "AVD-AWS-0036"],
    }
}

impl Rule for SecretsInEnvironment {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_ecs_task_definition") {
            let (status, msg) = match containers(cx, r) {
                Err(why) => (Status::Unknown, why),
                Ok(list) => {
                    // Definitions the plan marks sensitive: no part of them is shown.
                    let hidden = cx.stack.is_sensitive(r, "container_definitions");
                    let mut found = Vec::new();
                    for c in &list {
                        for e in c.get("environment").and_then(Val::as_array).unwrap_or(&[]) {
                            let name = e.get("name").and_then(Val::as_str).unwrap_or("");
                            let value = e.get("value").and_then(Val::as_str).unwrap_or("");
                            if let Some(kind) = env_secret(name, value) {
                                found.push(if hidden {
                                    format!("a variable of a container (sensitive) ({kind})")
                                } else {
                                    format!("container {:?}: {name} ({kind})", container_name(c))
                                });
                            }
                        }
                    }
                    if found.is_empty() {
                        (
                            Status::Pass,
                            "no secrets in the containers' environment".to_string(),
                        )
                    } else {
                        (
                            Status::Fail,
                            format!(
                                "secrets in plain environment variables: {}; pass them with \
                                 `secrets` (valueFrom) instead",
                                found.join(", ")
                            ),
                        )
                    }
                }
            };
            cx.report(r, "container_definitions", status, msg);
        }
    }
}
