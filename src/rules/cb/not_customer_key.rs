use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_codebuild_project.encryption_key` is a customer managed KMS key (a key of the
    /// plan, a key ID or ARN, a customer alias). Unset, CodeBuild encrypts the build output
    /// artifacts with the AWS managed key for Amazon S3: it fails, as does an `alias/aws/...`
    /// key. A value known only at apply is Unknown. Off by default (low severity): it runs
    /// under `--profile strict`.
    ///
    /// ## Why it matters
    /// With your key, who can decrypt the build's artifacts is governed by the key policy,
    /// recorded in CloudTrail and revocable.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_codebuild_project" "api" {
    ///   name         = "api"
    ///   service_role = aws_iam_role.build.arn
    ///   ...
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add `encryption_key = aws_kms_key.build.arn`.
    pub struct NotCustomerKey {
        id: "AWS-CB-005",
        slug: "codebuild-project-without-customer-key",
        service: "codebuild",
        category: "encryption",
        severity: Low,
        title: "CodeBuild project without customer managed key",
        types: ["aws_codebuild_project"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_147", Kics "codebuild_project_encrypted_with_aws_managed_key"],
        check: Spec::all(&[attr("encryption_key", CustomerKey)
            .risk("build artifacts are encrypted with a key you do not control")]),
    }
}
