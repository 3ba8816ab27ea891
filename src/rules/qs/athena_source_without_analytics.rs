use crate::model::Eff;
use crate::model::Val;
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Each `aws_quicksight_data_source` of `type` `ATHENA` has something behind it: its
    /// `parameters[0].athena[0].work_group` is `primary` (or unset) or an `aws_athena_workgroup`
    /// of the plan (by reference or name); the plan has an `aws_glue_catalog_database` or
    /// `aws_glue_catalog_table` for Athena to query; and an `aws_quicksight_data_set` uses the
    /// source (its `physical_table_map` references it). All gaps are listed; links that cannot
    /// be followed give Unknown.
    ///
    /// ## Why it matters
    /// A data source pointing at a workgroup that does not exist, over no catalog, used by no
    /// data set, is a dashboard that was never wired: the analytics requirement looks met in
    /// review and delivers nothing.
    ///
    /// ## Example
    /// An Athena data source with `work_group = "analytics"` and no workgroup, Glue database or
    /// data set in the stack.
    ///
    /// ## Fix
    /// Define the `aws_athena_workgroup`, the `aws_glue_catalog_database` / tables (or a crawler)
    /// and an `aws_quicksight_data_set` over the source.
    pub struct AthenaSourceWithoutAnalytics {
        id: "AWS-QS-001",
        slug: "quicksight-athena-source-without-analytics",
        service: "quicksight",
        category: "operations",
        severity: Medium,
        title: "QuickSight Athena source with no analytics behind it",
        types: ["aws_quicksight_data_source", "aws_athena_workgroup", "aws_glue_catalog_database", "aws_glue_catalog_table", "aws_quicksight_data_set"],
        default_enabled: true,
    }
}

const WORK_GROUP: &str = "parameters.0.athena.0.work_group";

impl Rule for AthenaSourceWithoutAnalytics {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let catalog = cx.live("aws_glue_catalog_database").next().is_some()
            || cx.live("aws_glue_catalog_table").next().is_some();
        for (id, ds) in cx.live("aws_quicksight_data_source") {
            if !matches!(cx.stack.eff(ds, "type"), Eff::Known(Val::Str(t)) if t == "ATHENA") {
                continue;
            }
            let mut gaps = Vec::new();
            let mut open = Vec::new();
            match cx.stack.eff(ds, WORK_GROUP) {
                Eff::Known(Val::Str(w)) if w != "primary" => {
                    let defined = cx
                        .stack
                        .known_matches(ds, w)
                        .iter()
                        .any(|&i| cx.stack.resources[i].rtype == "aws_athena_workgroup");
                    if !defined {
                        gaps.push(format!(
                            "workgroup {w} is not defined by an aws_athena_workgroup"
                        ));
                    }
                }
                Eff::Known(_) | Eff::NotSet => {}
                Eff::FromResources { ids, reference } => {
                    if !ids
                        .iter()
                        .any(|&i| cx.stack.resources[i].rtype == "aws_athena_workgroup")
                    {
                        gaps.push(format!(
                            "workgroup from {reference} is not an aws_athena_workgroup"
                        ));
                    }
                }
                e @ Eff::Unresolved(_) => {
                    open.push(format!("the workgroup is {}", unknown_reason(&e)))
                }
            }
            if !catalog {
                gaps.push("no Glue catalog database or table".to_string());
            }
            let sets = cx.partners(id, "aws_quicksight_data_set", "physical_table_map");
            if sets.found.is_empty() {
                match sets.unresolved.first() {
                    Some(u) => open.push(format!(
                        "the physical_table_map of {} cannot be followed: {}",
                        cx.address(u.from),
                        u.reason
                    )),
                    None => gaps.push("no data set uses this source".to_string()),
                }
            }
            let (status, msg) = if !gaps.is_empty() {
                (Status::Fail, gaps.join("; "))
            } else if !open.is_empty() {
                (Status::Unknown, open.join("; "))
            } else {
                (
                    Status::Pass,
                    "workgroup, Glue catalog and a data set are in the plan".to_string(),
                )
            };
            cx.report(ds, "parameters", status, msg);
        }
    }
}
