use crate::model::Resource;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every `aws_kms_key` is referenced by some other resource (through module variables and
    /// outputs too, or by its known ARN), or exported as an output of the root module for other
    /// stacks. Aliases and key policies do not count as use. When some encryption setting of
    /// another resource cannot be followed (a `local`), an unreferenced key is Unknown.
    ///
    /// ## Why it matters
    /// A key nobody uses costs a monthly fee and suggests a resource that was meant to be
    /// encrypted with it is not.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_kms_key" "logs" {
    ///   description = "logs"
    /// }
    /// # ... and no kms_key_id = aws_kms_key.logs.arn anywhere
    /// ```
    ///
    /// ## Fix
    /// Use the key where it was meant to be used, or remove it.
    pub struct KeyNeverUsed {
        id: "AWS-KMS-003",
        slug: "kms-key-never-used",
        service: "kms",
        category: "cost",
        severity: Low,
        title: "Customer key never used",
        types: ["aws_kms_key"],
        default_enabled: true,
    }
}

const NOT_USE: [&str; 3] = ["aws_kms_alias", "aws_kms_key_policy", "aws_kms_replica_key"];

impl Rule for KeyNeverUsed {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let outputs = cx.stack.root_output_references();
        let open = cx
            .stack
            .all_unresolved()
            .find(|u| {
                ["kms", "key", "encryption", "sse"]
                    .iter()
                    .any(|k| u.attr.contains(k))
            })
            .map(|u| (u.from, u.reason.clone()));
        for (id, r) in cx.live("aws_kms_key") {
            let user = cx
                .stack
                .edges_to(id)
                .find(|e| !NOT_USE.contains(&cx.stack.resources[e.from].rtype))
                .map(|e| e.from);
            let block = r.block();
            let exported = r.module.is_empty()
                && outputs
                    .iter()
                    .any(|o| o.starts_with(&format!("{block}.")) || *o == block);
            let maybe = cx
                .stack
                .all_unresolved()
                .find(|u| u.candidates.contains(&id))
                .map(|u| (u.from, u.reason.clone()));
            // A key passed into a module may be used in a dynamic block, which the plan omits.
            let passed = passed_to_module(cx, r).map(|m| {
                (
                    id,
                    format!(
                        "it is passed to {m}, which may use it in a block the plan does not show"
                    ),
                )
            });
            let (status, msg) = match (
                user,
                exported,
                maybe.as_ref().or(passed.as_ref()).or(open.as_ref()),
            ) {
                (Some(u), _, _) => (Status::Pass, format!("used by {}", cx.address(u))),
                (None, true, _) => (Status::Pass, "exported as a root module output".to_string()),
                (None, false, Some((from, why))) if *from == id => {
                    (Status::Unknown, format!("no reference found, but {why}"))
                }
                (None, false, Some((from, why))) => (
                    Status::Unknown,
                    format!(
                        "no reference found, but a setting of {} that may hold it cannot be followed: {why}",
                        cx.address(*from)
                    ),
                ),
                (None, false, None) => (Status::Fail, "no resource uses this key".to_string()),
            };
            cx.report(r, "", status, msg);
        }
    }
}

/// The module call (in the key's own module) whose arguments reference the key, if any.
fn passed_to_module(cx: &Cx, key: &Resource) -> Option<String> {
    let scope = &cx.stack.scopes[key.scope?];
    let block = key.block();
    let calls = scope.module.get("module_calls")?.as_object()?;
    calls.iter().find_map(|(name, call)| {
        let refs = call.get("expressions")?.as_object()?.iter().any(|(_, e)| {
            e.get("references").is_some_and(|r| {
                r.strings().iter().any(|x| {
                    *x == block
                        || x.starts_with(&format!("{block}."))
                        || x.starts_with(&format!("{block}["))
                })
            })
        });
        refs.then(|| {
            if scope.path.is_empty() {
                format!("module.{name}")
            } else {
                format!("{}.module.{name}", scope.path)
            }
        })
    })
}
