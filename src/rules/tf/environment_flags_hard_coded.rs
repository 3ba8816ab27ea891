use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// When environments must differ by variables only: `enable_deletion_protection` of load
    /// balancers, `deletion_protection` and `skip_final_snapshot` of databases are not
    /// literals in the configuration. Off by default.
    ///
    /// ## Why it matters
    /// A literal `skip_final_snapshot = true` written for a test environment ships to
    /// production with the same module.
    ///
    /// ## Example
    /// `skip_final_snapshot = true`
    ///
    /// ## Fix
    /// `skip_final_snapshot = var.environment != "prod"`
    pub struct EnvironmentFlagsHardCoded {
        id: "AWS-TF-007",
        slug: "environment-flags-hard-coded",
        service: "terraform",
        category: "maintainability",
        severity: Info,
        title: "Environment flags hard-coded",
        types: ["aws_lb", "aws_db_instance", "aws_rds_cluster"],
        default_enabled: false,
    }
}

const FLAGS: [(&str, &[&str]); 4] = [
    ("aws_lb", &["enable_deletion_protection"]),
    ("aws_alb", &["enable_deletion_protection"]),
    (
        "aws_db_instance",
        &["deletion_protection", "skip_final_snapshot"],
    ),
    (
        "aws_rds_cluster",
        &["deletion_protection", "skip_final_snapshot"],
    ),
];

impl Rule for EnvironmentFlagsHardCoded {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (t, flags) in FLAGS {
            for (_, r) in cx.live(t) {
                let literal: Vec<&str> = flags
                    .iter()
                    .copied()
                    .filter(|f| {
                        cx.stack
                            .expr_at(r, f)
                            .is_some_and(|e| e.get("constant_value").is_some())
                    })
                    .collect();
                let (status, msg) = if literal.is_empty() {
                    (Status::Pass, "no environment flag is a literal".to_string())
                } else {
                    (Status::Fail, format!("hard-coded: {}", literal.join(", ")))
                };
                cx.report(r, "", status, msg);
            }
        }
    }
}
