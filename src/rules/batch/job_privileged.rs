use crate::load::json;
use crate::model::{Eff, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_batch_job_definition`'s `container_properties` (JSON text, also when built with
    /// `jsonencode`) does not set `privileged` to `true`. Unset, AWS's default is `false`: it
    /// passes. Job definitions without `container_properties` (multi-node, ECS or EKS
    /// properties) are not judged; properties known only at apply are Unknown.
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
            let (status, msg) = match cx.stack.eff(r, "container_properties") {
                Eff::Known(Val::Str(text)) => match json::parse(text) {
                    Ok(props) => match props.get("privileged") {
                        Some(Val::Bool(true)) => (
                            Status::Fail,
                            "container_properties sets privileged to true: the job has root on \
                             its instance"
                                .to_string(),
                        ),
                        Some(Val::Str(s)) if s.eq_ignore_ascii_case("true") => (
                            Status::Fail,
                            "container_properties sets privileged to true: the job has root on \
                             its instance"
                                .to_string(),
                        ),
                        _ => (
                            Status::Pass,
                            "container_properties does not run privileged (AWS default: false)"
                                .to_string(),
                        ),
                    },
                    Err(_) => (
                        Status::Unknown,
                        "container_properties is not JSON".to_string(),
                    ),
                },
                Eff::Known(_) | Eff::NotSet => continue,
                e => (
                    Status::Unknown,
                    format!("container_properties is {}", unknown_reason(&e)),
                ),
            };
            cx.report(r, "container_properties", status, msg);
        }
    }
}
