use crate::model::Val;
use crate::rules::attr::{self, attr, Expect::Is, Lit::Str};
use crate::rules::ecs::container_privileged::privileged;
use crate::rules::ecs::judge_containers;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_ecs_task_definition` with `network_mode = "host"` has only containers that set
    /// a `user` other than root (`root`, `0`, `0:...`) and are not `privileged`. Unset, a
    /// container runs as the image's user, root for most images: it fails, naming the
    /// containers. Other network modes (unset: `bridge` on EC2) are not judged; a network mode
    /// or definitions known only at apply are Unknown. Off by default (medium severity): it
    /// runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// In host network mode the container shares the instance's network stack: as root (or
    /// privileged) it can bind any port, sniff traffic and reach the instance metadata
    /// service with the instance role's credentials.
    ///
    /// ## Example
    /// ```hcl
    /// network_mode          = "host"
    /// container_definitions = jsonencode([{ name = "agent", image = "agent:1.0" }])
    /// ```
    ///
    /// ## Fix
    /// Use `awsvpc`, or set `user = "1000"` on every container.
    pub struct HostNetworkRootUser {
        id: "AWS-ECS-009",
        slug: "ecs-host-network-root-user",
        service: "ecs",
        category: "access-control",
        severity: Medium,
        title: "ECS host network mode with a root or privileged container",
        types: ["aws_ecs_task_definition"],
        default_enabled: false,
        covers: [Fsbp "ECS.1"],
    }
}

const HOST: attr::Test = attr("network_mode", Is(Str("host")));

/// Whether a container runs as root: no `user`, or root by name or ID.
fn root_user(c: &Val) -> bool {
    match c.get("user").and_then(Val::as_str).map(str::trim) {
        None | Some("") => true,
        Some(u) => {
            let name = u.split(':').next().unwrap_or(u);
            name == "root" || name == "0"
        }
    }
}

impl Rule for HostNetworkRootUser {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        judge_containers(
            cx,
            |cx, r| {
                let v = attr::judge(cx, r, &HOST);
                match v.status {
                    Status::Pass => Ok(true),
                    Status::Fail => Ok(false),
                    Status::Unknown => Err(format!(
                        "whether the check applies is unknown: {}",
                        v.message
                    )),
                }
            },
            |c| root_user(c) || privileged(c),
            "network_mode is \"host\" and user is root or unset, or privileged is true,",
            "network_mode is \"host\" and every container runs as a non-root, unprivileged user",
        );
    }
}
