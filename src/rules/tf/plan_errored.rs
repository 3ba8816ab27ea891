use crate::model::Val;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The plan is whole: its top-level `errored` is not true and `complete` is not false.
    /// Terraform writes an errored plan with `-out` (a failed precondition, a provider error)
    /// and `terraform show -json` still prints it, with only part of the resources.
    ///
    /// ## Why it matters
    /// Every other result is about a partial stack: resources the plan never reached are
    /// neither judged nor missing.
    ///
    /// ## Example
    /// A plan whose `lifecycle { precondition { … } }` failed.
    ///
    /// ## Fix
    /// Fix the error and plan again; gate on the whole plan.
    pub struct PlanErrored {
        id: "AWS-TF-008",
        slug: "plan-errored-or-incomplete",
        service: "terraform",
        category: "correctness",
        severity: High,
        title: "Plan errored or incomplete",
        types: ["(plan)"],
        default_enabled: true,
    }
}

impl Rule for PlanErrored {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        if cx.stack.kind != crate::model::Kind::Plan {
            return;
        }
        let errored = cx.stack.top("errored").and_then(Val::as_bool) == Some(true);
        let incomplete = cx.stack.top("complete").and_then(Val::as_bool) == Some(false);
        let (status, msg) = match (errored, incomplete) {
            (true, _) => (
                Status::Fail,
                "Terraform reported errors while planning: the plan is partial".to_string(),
            ),
            (_, true) => (
                Status::Fail,
                "the plan is incomplete (complete = false)".to_string(),
            ),
            _ => (Status::Pass, "the plan is complete".to_string()),
        };
        cx.push_stack("", status, msg);
    }
}
