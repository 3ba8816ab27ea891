use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// When the stack must use the AWS provider only: every resource and data source comes
    /// from `registry.terraform.io/hashicorp/aws` (not `archive_file`, `local_file`,
    /// `random_password`, `null_resource`, …). Judged on the stack, naming the first resource
    /// of each other provider. Off by default.
    ///
    /// ## Why it matters
    /// Local files and archives built during plan make the plan depend on the machine that
    /// ran it; other providers bring credentials and state of their own.
    ///
    /// ## Example
    /// `data "archive_file" "lambda" { … }`
    ///
    /// ## Fix
    /// Build artefacts in the pipeline and reference them, or accept the provider explicitly.
    pub struct NonAwsProviders {
        id: "AWS-TF-003",
        slug: "non-aws-provider",
        service: "terraform",
        category: "maintainability",
        severity: Low,
        title: "Non-AWS providers in an AWS-only stack",
        types: ["(any)"],
        default_enabled: false,
    }
}

impl Rule for NonAwsProviders {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let mut others: Vec<String> = cx
            .stack
            .resources
            .iter()
            .filter(|r| !r.is_deleted() && !r.provider_name.is_empty())
            .filter(|r| !(r.provider_name.ends_with("hashicorp/aws") || r.provider_name == "aws"))
            .map(|r| format!("{} ({})", r.provider_name, r.address))
            .collect();
        others.dedup_by(|a, b| a.split(' ').next() == b.split(' ').next());
        if others.is_empty() {
            cx.push_stack(
                "",
                Status::Pass,
                "every resource comes from hashicorp/aws".into(),
            );
        } else {
            cx.push_stack(
                "",
                Status::Fail,
                format!("providers other than hashicorp/aws: {}", others.join(", ")),
            );
        }
    }
}
