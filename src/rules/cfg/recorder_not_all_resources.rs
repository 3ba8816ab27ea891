use crate::model::{Eff, Val};
use crate::rules::attr::{attr, judge, Expect::Is, Lit::Bool, Test};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_config_configuration_recorder` records every supported resource type
    /// (`recording_group.all_supported`, unset: `true`) and the global IAM types are recorded:
    /// by this recorder (`recording_group.include_global_resource_types`, unset: `false`,
    /// AWS's default) or, as AWS recommends for a multi-region setup, by another recorder of
    /// the plan (another region) that includes them and runs (an
    /// `aws_config_configuration_recorder_status` of its region enables it; a stopped one
    /// covers nothing, one without a status in the plan is Unknown). A value known only at
    /// apply gives Unknown.
    ///
    /// ## Why it matters
    /// Resource types left out of the recorder have no configuration history and no Config
    /// rule evaluations; without global types anywhere, changes to IAM users, roles and
    /// policies go unrecorded.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_config_configuration_recorder" "main" {
    ///   role_arn = aws_iam_role.config.arn
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_config_configuration_recorder" "main" {
    ///   role_arn = aws_iam_role.config.arn
    ///   recording_group {
    ///     all_supported                 = true
    ///     include_global_resource_types = true
    ///   }
    /// }
    /// ```
    /// (In a multi-region setup, record global types in one region only.)
    pub struct RecorderNotAllResources {
        id: "AWS-CFG-002",
        slug: "config-recorder-not-all-resources",
        service: "config",
        category: "logging",
        severity: Medium,
        title: "Config recorder does not record all resource types",
        types: ["aws_config_configuration_recorder"],
        default_enabled: true,
        covers: [Checkov "CKV2_AWS_48", Checkov "CKV2_AWS_45"],
    }
}

const ALL: Test = attr("recording_group.0.all_supported", Is(Bool(true)))
    .default(Bool(true))
    .risk("resource types left out have no configuration history");
const GLOBAL: Test = attr(
    "recording_group.0.include_global_resource_types",
    Is(Bool(true)),
)
.default(Bool(false))
.risk("changes to IAM users, roles and policies are not recorded");

impl Rule for RecorderNotAllResources {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        let recorders: Vec<_> = cx.live("aws_config_configuration_recorder").collect();
        let global: Vec<_> = recorders
            .iter()
            .map(|(_, r)| judge(cx, r, &GLOBAL))
            .collect();
        // Another recorder records the global types for this one only while it runs.
        let runs: Vec<Option<bool>> = recorders
            .iter()
            .zip(&global)
            .map(|(&(id, r), g)| {
                (g.status == Status::Pass)
                    .then(|| running(cx, id, r))
                    .flatten()
            })
            .collect();
        for (i, (_, r)) in recorders.iter().enumerate() {
            let all = judge(cx, r, &ALL);
            let (v, path) = if all.status != Status::Pass {
                (all, ALL.path)
            } else if global[i].status == Status::Pass {
                (global[i].clone(), GLOBAL.path)
            } else {
                // A recorder that records them and runs; one that may, when it may not run.
                let other = |s: Status| {
                    recorders
                        .iter()
                        .enumerate()
                        .find(|(j, _)| {
                            *j != i
                                && match s {
                                    Status::Pass => {
                                        global[*j].status == Status::Pass && runs[*j] == Some(true)
                                    }
                                    _ => {
                                        global[*j].status == Status::Unknown
                                            || (global[*j].status == Status::Pass
                                                && runs[*j].is_none())
                                    }
                                }
                        })
                        .map(|(_, (_, o))| &*o.address)
                };
                let mut v = global[i].clone();
                if let Some(o) = other(Status::Pass) {
                    v.status = Status::Pass;
                    v.message = format!("global resource types are recorded by {o}");
                } else if let (Status::Fail, Some(o)) = (v.status, other(Status::Unknown)) {
                    v.status = Status::Unknown;
                    v.message = format!(
                        "{}, but {o} may record them: {}",
                        v.message, "its include_global_resource_types, or whether it runs, is known only at apply"
                    );
                }
                (v, GLOBAL.path)
            };
            let prov = stack.provenance(r, path);
            cx.push(r, path, v.status, v.message, prov);
        }
    }
}

/// Whether a recorder runs: an `aws_config_configuration_recorder_status` of its region names
/// it (by reference, or by its known name) with `is_enabled = true`; Some(false) when those
/// that name it leave it off, None when none does or that cannot be told (a status may be
/// managed elsewhere).
fn running(cx: &Cx, id: crate::model::ResId, r: &crate::model::Resource) -> Option<bool> {
    let stack = cx.stack;
    let name = match stack.eff(r, "name") {
        Eff::Known(Val::Str(n)) => Some(n.to_string()),
        _ => None,
    };
    let region = stack.region(r);
    let by_ref: Vec<_> = cx
        .partners(id, "aws_config_configuration_recorder_status", "name")
        .found
        .iter()
        .map(|e| e.from)
        .collect();
    let mut open = false;
    let mut off = false;
    for (sid, st) in cx.live("aws_config_configuration_recorder_status") {
        let same_region = match (&region, stack.region(st)) {
            (Some(a), Some(b)) => *a == b,
            _ => {
                open = true;
                continue;
            }
        };
        let by_name = match (&name, stack.eff(st, "name")) {
            (Some(n), Eff::Known(Val::Str(m))) => *n == m.as_ref(),
            (_, Eff::Known(_)) => false,
            _ => {
                open |= same_region && !by_ref.contains(&sid);
                false
            }
        };
        if !same_region || !(by_ref.contains(&sid) || by_name) {
            continue;
        }
        match crate::rules::tri_bool(&stack.eff(st, "is_enabled"), false) {
            Some(true) => return Some(true),
            Some(false) => off = true,
            None => open = true,
        }
    }
    match (off, open) {
        (_, true) => None,
        (true, false) => Some(false),
        (false, false) => None,
    }
}
