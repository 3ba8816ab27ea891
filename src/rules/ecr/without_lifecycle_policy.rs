use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Every `aws_ecr_repository` has an `aws_ecr_lifecycle_policy` whose `repository` refers
    /// to it (through a reference, also across modules, or its known name). None fails; a
    /// lifecycle policy whose repository is known only at apply and cannot be followed makes
    /// it Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Without a lifecycle policy, old images pile up forever: storage costs grow, and
    /// vulnerable images stay pullable long after they were replaced.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ecr_repository" "api" {
    ///   name = "api"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_ecr_lifecycle_policy" "api" {
    ///   repository = aws_ecr_repository.api.name
    ///   policy = jsonencode({
    ///     rules = [{
    ///       rulePriority = 1
    ///       selection    = { tagStatus = "untagged", countType = "sinceImagePushed", countUnit = "days", countNumber = 14 }
    ///       action       = { type = "expire" }
    ///     }]
    ///   })
    /// }
    /// ```
    pub struct WithoutLifecyclePolicy {
        id: "AWS-ECR-005",
        slug: "ecr-repository-without-lifecycle-policy",
        service: "ecr",
        category: "maintenance",
        severity: Medium,
        title: "ECR repository without lifecycle policy",
        types: ["aws_ecr_repository"],
        default_enabled: false,
        covers: [Fsbp "ECR.3"],
    }
}

impl Rule for WithoutLifecyclePolicy {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_ecr_repository") {
            let (status, msg) = cx.partner_verdict(
                id,
                &[("aws_ecr_lifecycle_policy", "repository")],
                "images expire under",
                "no aws_ecr_lifecycle_policy for this repository",
            );
            cx.report(r, "", status, msg);
        }
    }
}
