use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_ecr_repository.image_tag_mutability` is `IMMUTABLE` (or, with provider 6,
    /// `IMMUTABLE_WITH_EXCLUSION`: immutable but for the tag filters the configuration names).
    /// Unset, AWS's default is `MUTABLE`: it fails. A value known only at apply is Unknown.
    ///
    /// ## Why it matters
    /// With mutable tags, anyone allowed `ecr:PutImage` can push a different image under a tag
    /// that deployments already trust (`v1.4.2`, `prod`): the next task or pod start runs it.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ecr_repository" "app" {
    ///   name = "app"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_ecr_repository" "app" {
    ///   name                 = "app"
    ///   image_tag_mutability = "IMMUTABLE"
    /// }
    /// ```
    pub struct TagsMutable {
        id: "AWS-ECR-001",
        slug: "ecr-image-tags-mutable",
        service: "ecr",
        category: "data-protection",
        severity: High,
        title: "ECR image tags mutable",
        types: ["aws_ecr_repository"],
        default_enabled: true,
        covers: [Fsbp "ECR.2", Checkov "CKV_AWS_51", Trivy "AVD-AWS-0031", Kics "ecr_image_tag_not_immutable"],
        check: Spec::all(&[attr("image_tag_mutability", OneOf(&["IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION"]))
            .default(Str("MUTABLE"))
            .risk("a pushed image can replace the one a tag already names")]),
    }
}
