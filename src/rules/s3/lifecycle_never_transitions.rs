use crate::model::Eff;
use crate::model::Val;
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// In an `aws_s3_bucket_lifecycle_configuration`, an enabled rule that expires objects also
    /// transitions them (`transition` or `noncurrent_version_transition`) before they expire.
    ///
    /// ## Why it matters
    /// Objects kept for a long retention period in S3 Standard cost several times what they
    /// cost in an infrequent-access or archive class; a rule that only expires pays full price
    /// until the end.
    ///
    /// ## Example
    /// ```hcl
    /// rule {
    ///   id     = "expire"
    ///   status = "Enabled"
    ///   expiration {
    ///     days = 365
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add `transition { days = 30, storage_class = "STANDARD_IA" }` (and GLACIER later) to the
    /// rule.
    pub struct LifecycleNeverTransitions {
        id: "AWS-S3-007",
        slug: "s3-lifecycle-never-transitions",
        service: "s3",
        category: "cost",
        severity: Low,
        title: "Lifecycle never transitions",
        types: ["aws_s3_bucket_lifecycle_configuration"],
        default_enabled: true,
    }
}

impl Rule for LifecycleNeverTransitions {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_s3_bucket_lifecycle_configuration") {
            let rules = match cx.stack.eff(r, "rule") {
                Eff::Known(Val::Arr(items)) => items.len(),
                Eff::Known(_) | Eff::NotSet => 0,
                e => {
                    let msg = format!("the rules are {}", unknown_reason(&e));
                    cx.report(r, "rule", Status::Unknown, msg);
                    continue;
                }
            };
            let mut offenders = Vec::new();
            let mut unknown = false;
            for i in 0..rules {
                let get = |a: &str| cx.stack.eff(r, &format!("rule.{i}.{a}"));
                let enabled = match get("status") {
                    Eff::Known(Val::Str(s)) => s.as_ref() == "Enabled",
                    Eff::Known(_) | Eff::NotSet => false,
                    _ => {
                        unknown = true;
                        continue;
                    }
                };
                let set = |e: Eff| match e {
                    Eff::Known(v) => Some(!v.is_empty()),
                    Eff::NotSet => Some(false),
                    _ => None,
                };
                match (
                    set(get("expiration")),
                    set(get("transition")),
                    set(get("noncurrent_version_transition")),
                ) {
                    (Some(true), Some(false), Some(false)) if enabled => {
                        let name = match get("id") {
                            Eff::Known(Val::Str(id)) => id.to_string(),
                            _ => format!("{i}"),
                        };
                        offenders.push(name);
                    }
                    (None, _, _) | (_, None, _) | (_, _, None) if enabled => unknown = true,
                    _ => {}
                }
            }
            let (status, msg) = match (offenders.is_empty(), unknown) {
                (false, _) => (
                    Status::Fail,
                    format!(
                        "rule {} expires objects without transitioning them",
                        offenders.join(", ")
                    ),
                ),
                (true, true) => (
                    Status::Unknown,
                    "some rules are unknown until apply".to_string(),
                ),
                (true, false) => (
                    Status::Pass,
                    "no rule expires without transitioning".to_string(),
                ),
            };
            cx.report(r, "rule", status, msg);
        }
    }
}
