use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_secretsmanager_secret_policy`, or the inline `policy` of an
    /// `aws_secretsmanager_secret`, does not allow any principal (`"*"` or
    /// `{"AWS": "*"}`) without a restricting condition (organization, source account, VPC endpoint).
    /// The policy is read from its JSON text or an `aws_iam_policy_document` of the plan; one unknown
    /// until apply gives Unknown.
    ///
    /// ## Why it matters
    /// A resource policy open to everyone lets any AWS account call `GetSecretValue` (with the
    /// key's permission) or change the secret: database passwords and API keys leak outside the
    /// organization.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_secretsmanager_secret_policy" "db" {
    ///   secret_arn = aws_secretsmanager_secret.db.arn
    ///   policy = jsonencode({
    ///     Version   = "2012-10-17"
    ///     Statement = [{ Effect = "Allow", Principal = "*", Action = "secretsmanager:GetSecretValue", Resource = "*" }]
    ///   })
    /// }
    /// ```
    ///
    /// ## Fix
    /// Name the roles that need the secret in `Principal`, or add an `aws:PrincipalOrgID` condition;
    /// set `block_public_policy = true` so Secrets Manager refuses such policies.
    pub struct SecretPolicyPublic {
        id: "AWS-SM-003",
        slug: "secret-policy-public",
        service: "secretsmanager",
        category: "access-control",
        severity: High,
        title: "Secret policy open to any principal",
        types: ["aws_secretsmanager_secret_policy", "aws_secretsmanager_secret"],
        default_enabled: true,
        covers: [Kics "secrets_manager_with_vulnerable_policy"],
        check: Spec::all(&[attr("policy", NotPublic).risk("any AWS account may read or change the secret")]),
    }
}
