use crate::model::{Eff, Val};
use crate::rules::attr::{attr, judge, Expect::CustomerKey, Expect::Is, Lit::Bool, Test};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_db_instance` and `aws_rds_cluster_instance` with `performance_insights_enabled = true` set
    /// `performance_insights_kms_key_id` to a customer managed KMS key. Unset, RDS uses the AWS
    /// managed key `aws/rds`: Fail; an AWS managed alias fails too. Instances without Performance
    /// Insights (unset: off) are not judged; an Aurora instance that leaves it unset has its
    /// cluster's setting and key (Unknown when its cluster is not in the plan); an enablement or
    /// key unknown until apply gives Unknown.
    /// Off by default (it runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// Performance Insights stores SQL text and its parameters. Under a customer key, reading them
    /// needs the key too, and the key's policy decides who can.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine                       = "postgres"
    ///   instance_class               = "db.t3.micro"
    ///   performance_insights_enabled = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine                          = "postgres"
    ///   instance_class                  = "db.t3.micro"
    ///   performance_insights_enabled    = true
    ///   performance_insights_kms_key_id = aws_kms_key.rds.arn
    /// }
    /// ```
    pub struct PerformanceInsightsNotCmk {
        id: "AWS-RDS-016",
        slug: "rds-performance-insights-not-cmk",
        service: "rds",
        category: "encryption",
        severity: Low,
        title: "Performance Insights not encrypted with a customer key",
        types: ["aws_db_instance", "aws_rds_cluster_instance"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_354", Trivy "AVD-AWS-0078"],
    }
}

const KEY: Test = attr("performance_insights_kms_key_id", CustomerKey)
    .risk("RDS encrypts the data with the AWS managed key aws/rds");
const ON: Test = attr("performance_insights_enabled", Is(Bool(true))).default(Bool(false));

impl Rule for PerformanceInsightsNotCmk {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        let path = "performance_insights_kms_key_id";
        for rtype in ["aws_db_instance", "aws_rds_cluster_instance"] {
            for (_, r) in cx.live(rtype) {
                let unset = matches!(
                    stack.eff(r, "performance_insights_enabled"),
                    Eff::NotSet | Eff::Known(Val::Null)
                );
                // An Aurora instance that leaves Performance Insights unset has its cluster's
                // setting and key.
                let cluster = (rtype == "aws_rds_cluster_instance" && unset)
                    .then(|| crate::rules::rds::cluster_of(cx, r));
                let (status, message) = match cluster {
                    None => match judge(cx, r, &ON).status {
                        Status::Pass => {
                            let v = judge(cx, r, &KEY);
                            (v.status, v.message)
                        }
                        Status::Fail => continue,
                        Status::Unknown => (
                            Status::Unknown,
                            "whether Performance Insights is on is unknown until apply".to_string(),
                        ),
                    },
                    Some(None) => (
                        Status::Unknown,
                        format!("performance_insights_enabled is not set: {}", crate::rules::rds::CLUSTER_SETS_IT),
                    ),
                    Some(Some(c)) => match judge(cx, c, &ON).status {
                        Status::Pass => {
                            let v = judge(cx, c, &KEY);
                            (v.status, format!("its cluster {}: {}", c.address, v.message))
                        }
                        Status::Fail => continue,
                        Status::Unknown => (
                            Status::Unknown,
                            format!("whether its cluster {} turns Performance Insights on is unknown until apply", c.address),
                        ),
                    },
                };
                cx.push(r, path, status, message, stack.provenance(r, path));
            }
        }
    }
}
