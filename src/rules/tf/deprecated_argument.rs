use crate::model::Val;
use crate::rules::provider_tables::{DEPRECATED, PROVIDER_VERSION};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// A resource's configuration sets an argument the AWS provider marks deprecated (the
    /// table `src/model/provider_tables.rs`, generated from `terraform providers schema -json`:
    /// 80 arguments of 49 types in 5.100.0, such as `aws_eip.vpc` or `aws_s3_bucket.acl`), or
    /// uses a deprecated resource type. Judged on the configuration's expressions, not on
    /// planned values, where computed defaults show up too.
    ///
    /// ## Why it matters
    /// Deprecated arguments disappear in the next major provider version: the upgrade then
    /// breaks the plan, often for a whole fleet of stacks at once.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_eip" "nat" {
    ///   vpc = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// Use the replacement the provider's documentation names (`domain = "vpc"`, the
    /// `aws_s3_bucket_acl` resource, …).
    pub struct DeprecatedArgument {
        id: "AWS-TF-001",
        slug: "deprecated-argument",
        service: "terraform",
        category: "maintainability",
        severity: Low,
        title: "Deprecated argument set",
        types: ["(49 types with deprecated arguments)"],
        default_enabled: true,
    }
}

impl Rule for DeprecatedArgument {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (t, deprecated) in DEPRECATED {
            for (_, r) in cx.live(t) {
                let Some(exprs) = r.config.and_then(|c| c.get("expressions")) else {
                    continue;
                };
                let mut used = Vec::new();
                for d in *deprecated {
                    let set = if *d == "<resource deprecated>" {
                        true
                    } else {
                        let path = d.trim_end_matches(" (block)");
                        let mut cur = vec![exprs];
                        for seg in path.split('.') {
                            cur = cur
                                .into_iter()
                                .flat_map(|v| match v.get(seg) {
                                    Some(Val::Arr(items)) => items.iter().collect::<Vec<_>>(),
                                    Some(other) => vec![other],
                                    None => Vec::new(),
                                })
                                .collect();
                        }
                        !cur.is_empty()
                    };
                    if set {
                        used.push(d.replace("<resource deprecated>", "the resource type itself"));
                    }
                }
                let (status, msg) = if used.is_empty() {
                    (Status::Pass, "no deprecated arguments".to_string())
                } else {
                    (
                        Status::Fail,
                        format!(
                            "deprecated in hashicorp/aws {PROVIDER_VERSION}: {}",
                            used.join(", ")
                        ),
                    )
                };
                cx.report(r, "", status, msg);
            }
        }
    }
}
