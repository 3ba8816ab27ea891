use crate::model::Eff;
use crate::rules::{declare_rule, tri_set, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_secretsmanager_secret` has a `kms_key_id` (a customer managed key). A key created in
    /// the same apply counts as set.
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
    }
}

impl Rule for SecretWithoutCustomerKey {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_secretsmanager_secret") {
            let e = cx.stack.eff(r, "kms_key_id");
            let (status, msg) = match (tri_set(&e), &e) {
                (Some(true), Eff::FromResources { reference, .. }) => (
                    Status::Pass,
                    format!("encrypted with the key from {reference}"),
                ),
                (Some(true), _) => (Status::Pass, "customer key set".to_string()),
                (Some(false), _) => (
                    Status::Fail,
                    "kms_key_id is not set: the AWS managed key is used".to_string(),
                ),
                (None, _) => (
                    Status::Unknown,
                    format!("kms_key_id is {}", unknown_reason(&e)),
                ),
            };
            cx.report(r, "kms_key_id", status, msg);
        }
    }
}
