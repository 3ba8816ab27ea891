use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// The `policy` of `aws_ecr_repository_policy` (JSON text, `jsonencode`, or an
    /// `aws_iam_policy_document` of the plan) has no Allow statement whose principal is
    /// everyone (`"*"`, `{"AWS": "*"}`, any account's root, or a `NotPrincipal`) without a
    /// condition that restricts it to an account, organisation, source or network
    /// (`aws:PrincipalOrgID`, `aws:SourceAccount`, ...). A policy whose principals, effect or
    /// conditions are known only at apply is Unknown.
    ///
    /// ## Why it matters
    /// Such a statement lets any AWS account pull the images (code, baked-in configuration,
    /// sometimes secrets) or, with push actions, replace them.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ecr_repository_policy" "app" {
    ///   repository = aws_ecr_repository.app.name
    ///   policy = jsonencode({
    ///     Version = "2012-10-17"
    ///     Statement = [{
    ///       Effect    = "Allow"
    ///       Principal = "*"
    ///       Action    = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
    ///     }]
    ///   })
    /// }
    /// ```
    ///
    /// ## Fix
    /// Name the accounts (`Principal = { AWS = "arn:aws:iam::111122223333:root" }`) or keep
    /// `"*"` with a condition such as `aws:PrincipalOrgID`.
    pub struct PolicyPublic {
        id: "AWS-ECR-002",
        slug: "ecr-repository-policy-public",
        service: "ecr",
        category: "access-control",
        severity: Critical,
        title: "ECR repository policy open to any principal",
        types: ["aws_ecr_repository_policy"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_32", Trivy "AVD-AWS-0032", Kics "ecr_repository_is_publicly_accessible"],
        check: Spec::all(&[attr("policy", NotPublic)
            .risk("any AWS account can use the repository")]),
    }
}
