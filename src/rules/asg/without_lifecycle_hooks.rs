use crate::model::Eff;
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every `aws_autoscaling_group` has a lifecycle hook: an `initial_lifecycle_hook` block,
    /// or an `aws_autoscaling_lifecycle_hook` whose `autoscaling_group_name` points at it
    /// (followed across modules).
    ///
    /// ## Why it matters
    /// Without a termination hook, instances are killed mid-request and lose logs and state
    /// that were not shipped yet; without a launch hook, instances take traffic before they
    /// are ready.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_autoscaling_group" "web" {
    ///   # ... no initial_lifecycle_hook, and no aws_autoscaling_lifecycle_hook
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_autoscaling_lifecycle_hook" "drain" {
    ///   name                   = "drain"
    ///   autoscaling_group_name = aws_autoscaling_group.web.name
    ///   lifecycle_transition   = "autoscaling:EC2_INSTANCE_TERMINATING"
    ///   heartbeat_timeout      = 300
    ///   default_result         = "CONTINUE"
    /// }
    /// ```
    pub struct AsgWithoutLifecycleHooks {
        id: "AWS-ASG-002",
        slug: "autoscaling-group-without-lifecycle-hooks",
        service: "autoscaling",
        category: "resilience",
        severity: Low,
        title: "ASG without lifecycle hooks",
        types: ["aws_autoscaling_group", "aws_autoscaling_lifecycle_hook"],
        default_enabled: true,
    }
}

impl Rule for AsgWithoutLifecycleHooks {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_autoscaling_group") {
            let inline = cx.stack.eff(r, "initial_lifecycle_hook");
            let p = cx.partners(
                id,
                "aws_autoscaling_lifecycle_hook",
                "autoscaling_group_name",
            );
            let (status, msg) = match (&inline, p.found.first(), p.unresolved.first()) {
                (Eff::Known(v), _, _) if !v.is_empty() => (Status::Pass, "initial_lifecycle_hook set".to_string()),
                (_, Some(e), _) => (Status::Pass, format!("lifecycle hook {}", cx.address(e.from))),
                (Eff::Unresolved(_) | Eff::FromResources { .. }, None, _) => (
                    Status::Unknown,
                    format!("initial_lifecycle_hook is {}", unknown_reason(&inline)),
                ),
                (_, None, Some(u)) => (
                    Status::Unknown,
                    format!(
                        "no lifecycle hook found, but the autoscaling_group_name of {} cannot be followed: {}",
                        cx.address(u.from),
                        u.reason
                    ),
                ),
                (_, None, None) => (Status::Fail, "no lifecycle hook for this group".to_string()),
            };
            cx.report(r, "", status, msg);
        }
    }
}
