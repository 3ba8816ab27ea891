use crate::model::Val;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every provider configuration of the plan has a `version_constraint` (from
    /// `required_providers`). Terraform's own `required_version` is not in the plan JSON.
    /// Reported on each provider configuration (`provider.aws`, `provider.aws.ALIAS`), where
    /// the fix goes; Terraform's built-in `terraform` provider (`terraform_data`) has no
    /// version to constrain and is not judged.
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
        // Module-level entries inherit their parent's constraint; judge the ones that declare.
        for (key, pc) in pcs {
            let builtin = pc
                .get("full_name")
                .and_then(Val::as_str)
                .is_some_and(|n| n.starts_with("terraform.io/builtin/"))
                || key.as_ref() == "terraform";
            if builtin || pc.get("module_address").is_some() {
                continue;
            }
            let address = format!("provider.{key}");
            let (status, msg) = match pc.get("version_constraint").and_then(Val::as_str) {
                Some(c) => (Status::Pass, format!("version constraint {c}")),
                None => (
                    Status::Fail,
                    "no version constraint in required_providers".to_string(),
                ),
            };
            cx.push_at(address, Self::META.severity, "version", status, msg, None);
        }
    }
}
