use crate::model::Val;
use crate::model::{Eff, ResId};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};
use std::collections::HashMap;

declare_rule! {
    /// ## What it checks
    /// A DynamoDB table in `PROVISIONED` billing mode (the default) has auto scaling on both
    /// read and write capacity: `aws_appautoscaling_target`s with `service_namespace =
    /// "dynamodb"`, `resource_id = "table/<name>"` (known, or built from a reference to the
    /// table, across modules) and the two `scalable_dimension`s. `PAY_PER_REQUEST` tables pass,
    /// unless `on_demand_fails = true` in `[rules.AWS-DDB-001]` (requirements that say
    /// "auto-scaling").
    ///
    /// ## Why it matters
    /// Fixed capacity throttles traffic above it and pays for capacity below it.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_dynamodb_table" "orders" {
    ///   name           = "orders"
    ///   read_capacity  = 5
    ///   write_capacity = 5
    ///   # ... no aws_appautoscaling_target
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add `aws_appautoscaling_target` and `aws_appautoscaling_policy` for
    /// `dynamodb:table:ReadCapacityUnits` and `WriteCapacityUnits`, or use `PAY_PER_REQUEST`.
    pub struct WithoutAutoscaling {
        id: "AWS-DDB-001",
        slug: "dynamodb-without-autoscaling",
        service: "dynamodb",
        category: "resilience",
        severity: Medium,
        title: "DynamoDB without auto scaling",
        types: ["aws_dynamodb_table", "aws_appautoscaling_target"],
        default_enabled: true,
        params: [("on_demand_fails", "bool")],
        covers: [Fsbp "DynamoDB.1", Checkov "CKV2_AWS_16"],
    }
}

const READ: &str = "dynamodb:table:ReadCapacityUnits";
const WRITE: &str = "dynamodb:table:WriteCapacityUnits";

impl Rule for WithoutAutoscaling {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let on_demand_fails = cx
            .params
            .get(Self::META.id, "on_demand_fails")
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        // Targets by known resource_id, once.
        let mut by_id: HashMap<String, Vec<ResId>> = HashMap::new();
        let mut unresolved = None;
        for (id, t) in cx.live("aws_appautoscaling_target") {
            match cx.stack.eff(t, "resource_id") {
                Eff::Known(Val::Str(s)) => by_id.entry(s.to_string()).or_default().push(id),
                Eff::Unresolved(why) => {
                    unresolved = unresolved.or(Some(format!(
                        "the resource_id of {} cannot be followed: {why}",
                        t.address
                    )))
                }
                _ => {}
            }
        }
        for (id, r) in cx.live("aws_dynamodb_table") {
            let mode = match cx.stack.eff(r, "billing_mode") {
                Eff::Known(Val::Str(m)) => m.to_string(),
                Eff::Known(_) | Eff::NotSet => "PROVISIONED".to_string(),
                _ => {
                    cx.report(
                        r,
                        "billing_mode",
                        Status::Unknown,
                        "billing_mode is unknown until apply".into(),
                    );
                    continue;
                }
            };
            if mode == "PAY_PER_REQUEST" {
                let status = if on_demand_fails {
                    Status::Fail
                } else {
                    Status::Pass
                };
                cx.report(
                    r,
                    "billing_mode",
                    status,
                    "on-demand capacity (PAY_PER_REQUEST), no auto scaling".into(),
                );
                continue;
            }
            let mut targets: Vec<ResId> = cx
                .partners(id, "aws_appautoscaling_target", "resource_id")
                .found
                .iter()
                .map(|e| e.from)
                .collect();
            if let Eff::Known(Val::Str(name)) = cx.stack.eff(r, "name") {
                targets.extend(by_id.get(&format!("table/{name}")).into_iter().flatten());
            }
            let dims: Vec<String> = targets
                .iter()
                .filter_map(
                    |&t| match cx.stack.eff(&cx.stack.resources[t], "scalable_dimension") {
                        Eff::Known(Val::Str(d)) => Some(d.to_string()),
                        _ => None,
                    },
                )
                .collect();
            let has = |d: &str| dims.iter().any(|x| x == d);
            let (status, msg) = match (has(READ), has(WRITE), &unresolved) {
                (true, true, _) => (
                    Status::Pass,
                    "read and write capacity auto scaled".to_string(),
                ),
                (_, _, Some(why)) => (
                    Status::Unknown,
                    format!("auto scaling not found for both capacities, but {why}"),
                ),
                (true, false, _) => (
                    Status::Fail,
                    "write capacity is not auto scaled".to_string(),
                ),
                (false, true, _) => (Status::Fail, "read capacity is not auto scaled".to_string()),
                (false, false, _) => (
                    Status::Fail,
                    "provisioned capacity without auto scaling".to_string(),
                ),
            };
            cx.report(r, "billing_mode", status, msg);
        }
    }
}
