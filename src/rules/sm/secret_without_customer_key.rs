use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_secretsmanager_secret` has a `kms_key_id` that is a customer managed key. A key
    /// created in the same apply counts; an AWS managed key named by alias (`alias/aws/...`,
    /// or its ARN `arn:aws:kms:REGION:ACCOUNT:alias/aws/...`) does not. A key ID or key ARN
    /// from outside the plan is taken for a customer key: AWS managed keys are named by alias.
    ///
    /// ## Why it matters
    /// With the AWS managed key, anyone allowed `secretsmanager:GetSecretValue` reads the
    /// secret; a customer key adds a second, separately audited permission and lets the secret
    /// be shared across accounts.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_secretsmanager_secret" "db" {
    ///   name = "prod/db"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `kms_key_id = aws_kms_key.secrets.arn`.
    pub struct SecretWithoutCustomerKey {
        id: "AWS-SM-001",
        slug: "secret-without-customer-key",
        service: "secretsmanager",
        category: "encryption",
        severity: Low,
        title: "Secret without customer key",
        types: ["aws_secretsmanager_secret"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_149", Trivy "AVD-AWS-0098", Kics "secretsmanager_secret_without_kms"],
        check: Spec::all(&[attr("kms_key_id", CustomerKey).risk("the AWS managed key aws/secretsmanager encrypts it, whose use any principal of the account with access to the secret gets")]),
    }
}
