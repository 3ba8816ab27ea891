use crate::model::{json, Val};
use crate::model::{Eff, ResId, Resource};
use crate::rules::{declare_rule, policy_doc, Cx, Rule, RuleMeta, Status};
use std::collections::BTreeMap;

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
    /// roles are AWS-VPC-002's. Reported on the role, where the fix goes (its trust policy),
    /// once for all its consumers, which the message names; a consumer whose role is unknown
    /// until apply is Unknown on the consumer.
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
    let doc = policy_doc::statements(cx.stack, r, "assume_role_policy");
    match &*doc {
        Err(why) => Err(why.clone()),
        Ok(Some(st)) if policy_doc::trusts_service(st, service) => Ok(true),
        // A document read at apply whose principals are not all known yet.
        Ok(Some(st))
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

/// What a consumer needs of the roles it names: the service that must assume them.
struct Need {
    consumer: String,
    attr: &'static str,
    service: &'static str,
}

/// Collect the roles `consumer`'s `attr` names, with the service that must assume them; a
/// consumer whose role the plan cannot tell is Unknown on the consumer (no role to report on).
fn need(
    cx: &mut Cx,
    needs: &mut BTreeMap<ResId, Vec<Need>>,
    consumer: &Resource,
    attr: &'static str,
    roles: Result<Vec<ResId>, String>,
    service: &'static str,
) {
    match roles {
        Err(why) => cx.report(
            consumer,
            attr,
            Status::Unknown,
            format!("the role is unknown until apply: {why}"),
        ),
        Ok(roles) => {
            for role in roles {
                if cx.stack.resources[role].rtype == "aws_iam_role" {
                    needs.entry(role).or_default().push(Need {
                        consumer: consumer.address.to_string(),
                        attr,
                        service,
                    });
                }
            }
        }
    }
}

/// Judge each role on every service its consumers need, reported on the role (its trust
/// policy is what to fix), naming the consumers.
fn judge(cx: &mut Cx, needs: BTreeMap<ResId, Vec<Need>>) {
    for (role, needs) in needs {
        let mut services: Vec<&'static str> = needs.iter().map(|n| n.service).collect();
        services.sort_unstable();
        services.dedup();
        let (mut fail, mut unknown, mut pass) = (Vec::new(), Vec::new(), Vec::new());
        for service in services {
            let by: Vec<String> = needs
                .iter()
                .filter(|n| n.service == service)
                .map(|n| format!("{} ({})", n.consumer, n.attr))
                .collect();
            let by = by.join(", ");
            match trusts(cx, role, service) {
                Ok(true) => pass.push(format!("trusts {service}, which {by} needs")),
                Ok(false) => fail.push(format!(
                    "does not trust {service}, which must assume it for {by}"
                )),
                Err(why) => unknown.push(format!(
                    "the trust policy is {why}; {by} needs it to trust {service}"
                )),
            }
        }
        let (status, parts) = if !fail.is_empty() {
            (Status::Fail, fail)
        } else if !unknown.is_empty() {
            (Status::Unknown, unknown)
        } else {
            (Status::Pass, pass)
        };
        let r = &cx.stack.resources[role];
        cx.report(r, "assume_role_policy", status, parts.join("; "));
    }
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
        let mut needs = BTreeMap::new();
        for (_, r) in cx.live("aws_lambda_function") {
            let roles = roles_of(cx, r, "role");
            need(cx, &mut needs, r, "role", roles, LAMBDA);
        }
        for (_, r) in cx.live("aws_ecs_task_definition") {
            for attr in ["execution_role_arn", "task_role_arn"] {
                let roles = roles_of(cx, r, attr);
                need(cx, &mut needs, r, attr, roles, ECS);
            }
        }
        for (_, r) in cx.live("aws_batch_job_definition") {
            for (attr, roles) in batch_roles(cx, r) {
                need(cx, &mut needs, r, attr, roles, ECS);
            }
        }
        for (_, r) in cx.live("aws_iam_instance_profile") {
            let roles = roles_of(cx, r, "role");
            need(cx, &mut needs, r, "role", roles, "ec2.amazonaws.com");
        }
        judge(cx, needs);
    }
}
