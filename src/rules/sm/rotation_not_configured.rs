use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Every `aws_secretsmanager_secret` is the `secret_id` of an
    /// `aws_secretsmanager_secret_rotation` in the plan (followed through references and
    /// modules; a known ARN or name matches too). Without one, the secret is never rotated:
    /// it fails. A rotation whose `secret_id` cannot be followed gives Unknown.
    ///
    /// ## Why it matters
    /// A secret that never changes stays valid for as long as any copy of it exists: in old
    /// laptops, logs, CI variables or a former employee's notes.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_secretsmanager_secret" "db" {
    ///   name = "prod/db"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_secretsmanager_secret_rotation" "db" {
    ///   secret_id           = aws_secretsmanager_secret.db.id
    ///   rotation_lambda_arn = aws_lambda_function.rotate_db.arn
    ///   rotation_rules {
    ///     automatically_after_days = 30
    ///   }
    /// }
    /// ```
    pub struct RotationNotConfigured {
        id: "AWS-SM-002",
        slug: "secret-rotation-not-configured",
        service: "secretsmanager",
        category: "secrets",
        severity: Medium,
        title: "Secret without automatic rotation",
        types: ["aws_secretsmanager_secret"],
        default_enabled: true,
        covers: [Fsbp "SecretsManager.1", Checkov "CKV2_AWS_57"],
    }
}

impl Rule for RotationNotConfigured {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_secretsmanager_secret") {
            let (status, msg) = cx.partner_verdict(
                id,
                &[("aws_secretsmanager_secret_rotation", "secret_id")],
                "rotated by",
                "no aws_secretsmanager_secret_rotation rotates it",
            );
            cx.report(r, "rotation", status, msg);
        }
    }
}
