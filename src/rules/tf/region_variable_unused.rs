use crate::model::Val;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// When the requirements ask for a region variable: the root module declares
    /// `aws_region` and the default provider configuration's `region` is `var.aws_region`
    /// (not `data.aws_region`, not a literal). Judged on the stack. Off by default.
    ///
    /// ## Why it matters
    /// Deploying the same stack to another region should be one variable away.
    ///
    /// ## Example
    /// `provider "aws" { region = "us-east-1" }`
    ///
    /// ## Fix
    /// `variable "aws_region" {}` and `provider "aws" { region = var.aws_region }`.
    pub struct RegionVariableUnused {
        id: "AWS-TF-002",
        slug: "aws-region-variable-unused",
        service: "terraform",
        category: "maintainability",
        severity: Medium,
        title: "aws_region variable not used",
        types: ["(provider configuration)"],
        default_enabled: false,
    }
}

impl Rule for RegionVariableUnused {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let Some(config) = cx.stack.configuration() else {
            return;
        };
        let declared = config
            .get("root_module")
            .and_then(|m| m.get("variables"))
            .and_then(|v| v.get("aws_region"))
            .is_some();
        let refs = config
            .get("provider_config")
            .and_then(|p| p.get("aws"))
            .and_then(|p| p.get("expressions"))
            .and_then(|e| e.get("region"))
            .and_then(|r| r.get("references"))
            .map(Val::strings)
            .unwrap_or_default();
        let (status, msg) = match (declared, refs.contains(&"var.aws_region")) {
            (true, true) => (
                Status::Pass,
                "the provider's region is var.aws_region".to_string(),
            ),
            (false, _) => (
                Status::Fail,
                "the root module declares no aws_region variable".to_string(),
            ),
            (true, false) => (
                Status::Fail,
                "the provider's region is not var.aws_region".to_string(),
            ),
        };
        cx.push_stack("", status, msg);
    }
}
