use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// The `access_policy` of an `aws_glacier_vault` opens nothing to any principal: no Allow
    /// statement names `"*"`, `{"AWS": "*"}`, any account's root or uses `NotPrincipal`, unless
    /// a condition limits it to an account, organisation, source or network (judged as
    /// AWS-S3-011 judges a bucket policy). No policy passes. The policy may be JSON text or an
    /// `aws_iam_policy_document`; one known only at apply gives Unknown. Off by default
    /// (medium): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Anyone in any AWS account can then read, upload or delete the vault's archives,
    /// according to the actions allowed.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_glacier_vault" "archive" {
    ///   name = "archive"
    ///   access_policy = jsonencode({
    ///     Version   = "2012-10-17"
    ///     Statement = [{ Effect = "Allow", Principal = "*", Action = "glacier:*", Resource = "*" }]
    ///   })
    /// }
    /// ```
    ///
    /// ## Fix
    /// Name the accounts or roles in `Principal`, or add an `aws:PrincipalOrgID` condition.
    pub struct VaultPolicyPublic {
        id: "AWS-GLA-001",
        slug: "glacier-vault-policy-public",
        service: "glacier",
        category: "data-protection",
        severity: Medium,
        title: "Glacier vault policy open to any principal",
        types: ["aws_glacier_vault"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_167"],
        check: Spec::all(&[attr("access_policy", NotPublic).risk("anyone can reach the vault's archives")]),
    }
}
