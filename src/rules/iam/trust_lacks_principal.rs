use crate::load::json::{self, Val};
use crate::model::{Eff, ResId, Resource};
use crate::rules::{declare_rule, policy_doc, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Each role a consumer uses trusts the service that assumes it (its `assume_role_policy`,
    /// or the `aws_iam_policy_document` behind it, allows `sts:AssumeRole` to that service
    /// principal):
    /// `aws_lambda_function.role` → `lambda.amazonaws.com`;
    /// `aws_ecs_task_definition.execution_role_arn` / `task_role_arn` → `ecs-tasks.amazonaws.com`;
    /// `executionRoleArn` / `jobRoleArn` inside `aws_batch_job_definition.container_properties`
    /// (read from the JSON, or from the configuration's references while it is unknown) →
    /// `ecs-tasks.amazonaws.com`; `aws_iam_instance_profile.role` → `ec2.amazonaws.com`.
    /// Roles across modules are followed; roles outside the plan are not judged. Flow log
    /// roles are AWS-VPC-002's. Reported on the consumer.
    ///
    /// ## Why it matters
    /// The plan applies, and the first run fails: Lambda cannot assume the role, the Fargate
    /// job stays in RUNNABLE, the instance has no credentials.
    ///
    /// ## Example
    /// A Batch Fargate job whose execution role trusts only `batch.amazonaws.com`.
    ///
    /// ## Fix
    /// ```hcl
    /// principals {
    ///   type        = "Service"
    ///   identifiers = ["ecs-tasks.amazonaws.com"]
    /// }
    /// ```
    pub struct TrustLacksPrincipal {
        id: "AWS-IAM-003",
        slug: "trust-policy-lacks-consumer-principal",
        service: "iam",
        category: "identity",
        severity: High,
        title: "Role's trust policy lacks the principal its consumer needs",
        types: ["aws_iam_role", "aws_lambda_function", "aws_ecs_task_definition", "aws_batch_job_definition", "aws_iam_instance_profile"],
        default_enabled: true,
    }
}

/// Whether role `role` trusts `service`: Ok(true/false), or Err when its policy is unknown.
fn trusts(cx: &Cx, role: ResId, service: &str) -> Result<bool, String> {
    let r = &cx.stack.resources[role];
    match policy_doc::statements(cx.stack, r, "assume_role_policy")? {
        Some(st) if policy_doc::trusts_service(&st, service) => Ok(true),
        // A document read at apply whose principals are not all known yet.
        Some(st)
            if st.iter().any(|s| {
                ["effect", "actions", "principals"]
                    .iter()
                    .any(|f| s.is_open(f))
            }) =>
        {
            Err("unknown until apply: the principals of its policy document are".to_string())
        }
        _ => Ok(false),
    }
}

fn judge(
    cx: &mut Cx,
    consumer: &Resource,
    attr: &str,
    roles: Result<Vec<ResId>, String>,
    service: &str,
) {
    let (status, msg) = match roles {
        Err(why) => (
            Status::Unknown,
            format!("the role is unknown until apply: {why}"),
        ),
        Ok(roles) => {
            let roles: Vec<ResId> = roles
                .into_iter()
                .filter(|&i| cx.stack.resources[i].rtype == "aws_iam_role")
                .collect();
            if roles.is_empty() {
                return;
            }
            let mut verdict = (Status::Pass, String::new());
            for role in roles {
                let v = match trusts(cx, role, service) {
                    Ok(true) => (
                        Status::Pass,
                        format!("role {} trusts {service}", cx.address(role)),
                    ),
                    Ok(false) => (
                        Status::Fail,
                        format!(
                            "role {} does not trust {service}, which must assume it",
                            cx.address(role)
                        ),
                    ),
                    Err(why) => (
                        Status::Unknown,
                        format!("the trust policy of {} is {why}", cx.address(role)),
                    ),
                };
                // Worst first: Fail, then Unknown, then Pass.
                let rank = |s: Status| match s {
                    Status::Fail => 2,
                    Status::Unknown => 1,
                    _ => 0,
                };
                if verdict.1.is_empty() || rank(v.0) > rank(verdict.0) {
                    verdict = v;
                }
            }
            verdict
        }
    };
    cx.report(consumer, attr, status, msg);
}

/// The roles an attribute points at, or why that is unknown.
fn roles_of(cx: &Cx, r: &Resource, attr: &str) -> Result<Vec<ResId>, String> {
    let t = cx.targets(r, attr);
    match t.unresolved {
        Some(why) => Err(why),
        None => Ok(t.ids),
    }
}

/// Roles named in a Batch job definition's `container_properties`.
fn batch_roles(cx: &Cx, r: &Resource) -> Vec<(&'static str, Result<Vec<ResId>, String>)> {
    match cx.stack.eff(r, "container_properties") {
        Eff::Known(Val::Str(text)) => {
            let Ok(doc) = json::parse(text) else {
                return Vec::new();
            };
            ["executionRoleArn", "jobRoleArn"]
                .into_iter()
                .filter_map(|k| {
                    let arn = doc.get(k)?.as_str()?;
                    Some((k, Ok(cx.stack.by_known_id(arn).to_vec())))
                })
                .collect()
        }
        Eff::FromResources { ids, .. } => vec![("container_properties", Ok(ids))],
        Eff::Unresolved(why) => vec![("container_properties", Err(why))],
        _ => Vec::new(),
    }
}

impl Rule for TrustLacksPrincipal {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        const LAMBDA: &str = "lambda.amazonaws.com";
        const ECS: &str = "ecs-tasks.amazonaws.com";
        for (_, r) in cx.live("aws_lambda_function") {
            let roles = roles_of(cx, r, "role");
            judge(cx, r, "role", roles, LAMBDA);
        }
        for (_, r) in cx.live("aws_ecs_task_definition") {
            for attr in ["execution_role_arn", "task_role_arn"] {
                let roles = roles_of(cx, r, attr);
                judge(cx, r, attr, roles, ECS);
            }
        }
        for (_, r) in cx.live("aws_batch_job_definition") {
            for (attr, roles) in batch_roles(cx, r) {
                judge(cx, r, attr, roles, ECS);
            }
        }
        for (_, r) in cx.live("aws_iam_instance_profile") {
            let roles = roles_of(cx, r, "role");
            judge(cx, r, "role", roles, "ec2.amazonaws.com");
        }
    }
}
