use crate::load::json::Val;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every provider configuration of the plan has a `version_constraint` (from
    /// `required_providers`). Terraform's own `required_version` is not in the plan JSON.
    /// Judged on the stack.
    ///
    /// ## Why it matters
    /// Without a constraint, the next `terraform init` may pick a new major version whose
    /// behaviour differs from the one this plan was reviewed with.
    ///
    /// ## Example
    /// A configuration without `required_providers`.
    ///
    /// ## Fix
    /// `terraform { required_providers { aws = { source = "hashicorp/aws", version = "~> 5.100" } } }`
    pub struct ProviderVersionUnconstrained {
        id: "AWS-TF-004",
        slug: "provider-version-unconstrained",
        service: "terraform",
        category: "maintainability",
        severity: Low,
        title: "Provider version unconstrained",
        types: ["(provider configuration)"],
        default_enabled: true,
    }
}

impl Rule for ProviderVersionUnconstrained {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let Some(pcs) = cx
            .stack
            .configuration()
            .and_then(|c| c.get("provider_config"))
            .and_then(Val::as_object)
        else {
            return;
        };
        if pcs.is_empty() {
            return;
        }
        // Module-level entries inherit their parent's constraint; judge the ones that declare.
        let free: Vec<&str> = pcs
            .iter()
            .filter(|(_, pc)| {
                pc.get("module_address").is_none() && pc.get("version_constraint").is_none()
            })
            .map(|(k, _)| k.as_ref())
            .collect();
        if free.is_empty() {
            cx.push_stack(
                "",
                Status::Pass,
                "every provider has a version constraint".into(),
            );
        } else {
            cx.push_stack(
                "",
                Status::Fail,
                format!("no version constraint for provider {}", free.join(", ")),
            );
        }
    }
}
