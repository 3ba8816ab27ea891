use crate::model::{Eff, Resource, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_ecs_cluster` has a `setting` named `containerInsights` with value `enabled` or
    /// `enhanced`. Without one, the cluster follows the account's default for new clusters,
    /// which AWS leaves `disabled`: it passes only when an `aws_ecs_account_setting_default`
    /// named `containerInsights` in the plan, in the cluster's region, turns it on (`enabled` or `enhanced`), and fails
    /// otherwise. A setting known only at apply is Unknown.
    ///
    /// ## Why it matters
    /// Without Container Insights there are no per-task and per-service CPU, memory, network
    /// and restart metrics: a crash-looping task or a memory leak shows only as user-facing
    /// errors.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ecs_cluster" "main" {
    ///   name = "main"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_ecs_cluster" "main" {
    ///   name = "main"
    ///   setting {
    ///     name  = "containerInsights"
    ///     value = "enabled"
    ///   }
    /// }
    /// ```
    pub struct ContainerInsightsOff {
        id: "AWS-ECS-001",
        slug: "ecs-container-insights-off",
        service: "ecs",
        category: "monitoring",
        severity: Medium,
        title: "ECS Container Insights off",
        types: ["aws_ecs_cluster"],
        default_enabled: true,
        covers: [Fsbp "ECS.12", Checkov "CKV_AWS_65", Trivy "AVD-AWS-0034", Kics "ecs_cluster_container_insights_disabled"],
    }
}

const ON: &[&str] = &["enabled", "enhanced"];

/// The account default for new clusters, when the plan sets it: Ok(Some(address)) when on.
fn account_default<'s>(cx: &Cx<'s, '_>, r: &Resource) -> Result<Option<&'s str>, String> {
    let mut off = Ok(None);
    let region = cx.stack.region(r);
    for (_, d) in cx.live("aws_ecs_account_setting_default") {
        let other = cx.stack.region(d);
        if region.is_some() && other.is_some() && other != region {
            continue;
        }
        if !matches!(cx.stack.eff(d, "name"), Eff::Known(Val::Str(n)) if n == "containerInsights") {
            continue;
        }
        match cx.stack.eff(d, "value") {
            Eff::Known(Val::Str(v)) if ON.contains(&v.as_ref()) => return Ok(Some(&*d.address)),
            Eff::Known(_) | Eff::NotSet => {}
            e => off = Err(format!("{} is {}", d.address, unknown_reason(&e))),
        }
    }
    off
}

fn verdict(cx: &Cx, r: &Resource) -> (Status, String) {
    let settings = match cx.stack.eff(r, "setting") {
        Eff::Known(Val::Arr(s)) => s.to_vec(),
        Eff::Known(_) | Eff::NotSet => Vec::new(),
        e => {
            return (
                Status::Unknown,
                format!("setting is {}", unknown_reason(&e)),
            )
        }
    };
    for s in &settings {
        if s.get("name").and_then(Val::as_str) != Some("containerInsights") {
            continue;
        }
        return match s.get("value").and_then(Val::as_str) {
            Some(v) if ON.contains(&v) => (Status::Pass, format!("containerInsights is {v:?}")),
            Some(v) => (
                Status::Fail,
                format!("containerInsights is {v:?} (must be \"enabled\" or \"enhanced\")"),
            ),
            None => (
                Status::Unknown,
                "the containerInsights value is unknown until apply".to_string(),
            ),
        };
    }
    match account_default(cx, r) {
        Ok(Some(by)) => (
            Status::Pass,
            format!("no containerInsights setting, and {by} turns it on for new clusters"),
        ),
        Ok(None) => (
            Status::Fail,
            "no containerInsights setting (AWS default: disabled; no \
             aws_ecs_account_setting_default in this plan turns it on)"
                .to_string(),
        ),
        Err(why) => (
            Status::Unknown,
            format!("no containerInsights setting, and the account default is unknown: {why}"),
        ),
    }
}

impl Rule for ContainerInsightsOff {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_ecs_cluster") {
            let (status, msg) = verdict(cx, r);
            cx.report(r, "setting", status, msg);
        }
    }
}
