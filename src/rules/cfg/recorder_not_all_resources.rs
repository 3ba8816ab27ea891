use crate::rules::attr::{attr, judge, Expect::Is, Lit::Bool, Test};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_config_configuration_recorder` records every supported resource type
    /// (`recording_group.all_supported`, unset: `true`) and the global IAM types are recorded:
    /// by this recorder (`recording_group.include_global_resource_types`, unset: `false`,
    /// AWS's default) or, as AWS recommends for a multi-region setup, by another recorder of
    /// the plan (another region) that includes them. A value known only at apply gives
    /// Unknown.
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
        for (i, (_, r)) in recorders.iter().enumerate() {
            let all = judge(cx, r, &ALL);
            let (v, path) = if all.status != Status::Pass {
                (all, ALL.path)
            } else if global[i].status == Status::Pass {
                (global[i].clone(), GLOBAL.path)
            } else {
                let other = |s: Status| {
                    recorders
                        .iter()
                        .enumerate()
                        .find(|(j, _)| *j != i && global[*j].status == s)
                        .map(|(_, (_, o))| o.address.as_str())
                };
                let mut v = global[i].clone();
                if let Some(o) = other(Status::Pass) {
                    v.status = Status::Pass;
                    v.message = format!("global resource types are recorded by {o}");
                } else if let (Status::Fail, Some(o)) = (v.status, other(Status::Unknown)) {
                    v.status = Status::Unknown;
                    v.message = format!(
                        "{}, but {o} may record them: {}",
                        v.message, "its include_global_resource_types is known only at apply"
                    );
                }
                (v, GLOBAL.path)
            };
            let prov = stack.provenance(r, path);
            cx.push(r, path, v.status, v.message, prov);
        }
    }
}
