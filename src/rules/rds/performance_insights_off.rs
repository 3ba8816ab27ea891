use crate::model::{Eff, Val};
use crate::rules::attr::{attr, judge, Expect::Is, Lit::Bool, Test};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_db_instance` and `aws_rds_cluster_instance` have `performance_insights_enabled = true`.
    /// Unset, the provider sends `false`: Fail; an Aurora instance's unset value is its
    /// cluster's when the cluster sets it (Unknown when its cluster is not in the plan). A value
    /// unknown until apply gives Unknown. Off by default (it runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// Performance Insights keeps the database load by wait event and SQL statement; without it a
    /// slowdown or an abusive query leaves no record to investigate.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine         = "postgres"
    ///   instance_class = "db.t3.micro"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine                       = "postgres"
    ///   instance_class               = "db.t3.micro"
    ///   performance_insights_enabled = true
    /// }
    /// ```
    pub struct PerformanceInsightsOff {
        id: "AWS-RDS-015",
        slug: "rds-performance-insights-off",
        service: "rds",
        category: "monitoring",
        severity: Low,
        title: "Performance Insights off",
        types: ["aws_db_instance", "aws_rds_cluster_instance"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_353", Trivy "AVD-AWS-0133"],
    }
}

const ON: Test = attr("performance_insights_enabled", Is(Bool(true)))
    .default(Bool(false))
    .risk("the database load and its top SQL are not recorded");

impl Rule for PerformanceInsightsOff {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        let path = "performance_insights_enabled";
        for (_, r) in cx.live("aws_db_instance") {
            let v = judge(cx, r, &ON);
            cx.push(r, path, v.status, v.message, stack.provenance(r, path));
        }
        for (_, r) in cx.live("aws_rds_cluster_instance") {
            let v = judge(cx, r, &ON);
            let unset = matches!(stack.eff(r, path), Eff::NotSet | Eff::Known(Val::Null));
            let (status, message) = if unset && v.status == Status::Fail {
                // An Aurora instance takes the setting from its cluster when the cluster sets it.
                match crate::rules::rds::cluster_of(cx, r).map(|c| (c, stack.eff(c, path))) {
                    Some((c, Eff::Known(Val::Bool(true)))) => (
                        Status::Pass,
                        format!("its cluster {} turns Performance Insights on", c.address),
                    ),
                    Some((_, Eff::Known(Val::Bool(false) | Val::Null) | Eff::NotSet)) => {
                        (v.status, format!("{}, nor does its cluster", v.message))
                    }
                    Some((c, _)) => (
                        Status::Unknown,
                        format!(
                            "performance_insights_enabled of its cluster {} is unknown until apply",
                            c.address
                        ),
                    ),
                    None => (
                        Status::Unknown,
                        format!(
                            "performance_insights_enabled is not set: {}",
                            crate::rules::rds::CLUSTER_SETS_IT
                        ),
                    ),
                }
            } else {
                (v.status, v.message)
            };
            cx.push(r, path, status, message, stack.provenance(r, path));
        }
    }
}
