use crate::load::json;
use crate::model::{Eff, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_batch_job_definition`'s container properties (JSON text, also when built with
    /// `jsonencode`) set `privileged` to `true` for no container: `container_properties`, a
    /// multi-node job's `node_properties`, or an ECS job's `ecs_properties`. The key is read in
    /// any case, as AWS reads it (`"Privileged": true` runs privileged). Unset, AWS's default
    /// is `false`: it passes. EKS properties (`eks_properties`, blocks) are not judged;
    /// properties known only at apply are Unknown.
    ///
    /// ## Why it matters
    /// A privileged job container has root on its compute environment's instance: a
    /// compromised job image or input can take over the host and the other jobs on it.
    ///
    /// ## Example
    /// ```hcl
    /// container_properties = jsonencode({
    ///   image      = "busybox"
    ///   command    = ["echo", "hi"]
    ///   privileged = true
    ///   resourceRequirements = [{ type = "VCPU", value = "1" }, { type = "MEMORY", value = "512" }]
    /// })
    /// ```
    ///
    /// ## Fix
    /// Remove `privileged` (or set it to `false`).
    pub struct JobPrivileged {
        id: "AWS-BATCH-001",
        slug: "batch-job-privileged",
        service: "batch",
        category: "access-control",
        severity: High,
        title: "Batch job container runs privileged",
        types: ["aws_batch_job_definition"],
        default_enabled: true,
        covers: [
            Checkov "CKV_AWS_210",
            Kics "batch_job_definition_with_privileged_container_properties",
        ],
    }
}

impl Rule for JobPrivileged {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_batch_job_definition") {
            // The container's properties: of a container job, a multi-node job's node ranges,
            // or an ECS task's containers (JSON text each).
            let Some((attr, e)) = ["container_properties", "node_properties", "ecs_properties"]
                .into_iter()
                .map(|a| (a, cx.stack.eff(r, a)))
                .find(|(_, e)| !matches!(e, Eff::NotSet | Eff::Known(Val::Null)))
            else {
                continue;
            };
            let (status, msg) = match e {
                Eff::Known(Val::Str(text)) => match json::parse(text) {
                    Ok(props) if privileged(&props, 0) => (
                        Status::Fail,
                        format!("{attr} sets privileged to true: the job has root on its instance"),
                    ),
                    Ok(_) => (
                        Status::Pass,
                        format!("{attr} does not run privileged (AWS default: false)"),
                    ),
                    Err(_) => (Status::Unknown, format!("{attr} is not JSON")),
                },
                Eff::Known(_) => continue,
                e => (Status::Unknown, format!("{attr} is {}", unknown_reason(&e))),
            };
            cx.report(r, attr, status, msg);
        }
    }
}

/// Whether some container in `v` sets `privileged` to true. The key in any case: AWS reads
/// this JSON as Go does, matching field names without regard to case (`"Privileged": true`
/// runs privileged).
fn privileged(v: &Val, depth: usize) -> bool {
    if depth > 16 {
        return false;
    }
    match v {
        Val::Obj(members) => members.iter().any(|(k, x)| {
            (k.eq_ignore_ascii_case("privileged")
                && match x {
                    Val::Bool(b) => *b,
                    Val::Str(s) => s.eq_ignore_ascii_case("true"),
                    _ => false,
                })
                || privileged(x, depth + 1)
        }),
        Val::Arr(items) => items.iter().any(|x| privileged(x, depth + 1)),
        _ => false,
    }
}
