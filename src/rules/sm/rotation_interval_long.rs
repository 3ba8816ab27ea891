use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_secretsmanager_secret_rotation` rotates the secret at least every 90 days:
    /// `rotation_rules.automatically_after_days <= 90`. A rotation set by `schedule_expression` instead
    /// (no day count) gives Unknown, as does a value unknown until apply. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// The longer a secret lives, the longer a copy leaked through logs, laptops or a former
    /// employee keeps working.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_secretsmanager_secret_rotation" "db" {
    ///   secret_id           = aws_secretsmanager_secret.db.id
    ///   rotation_lambda_arn = aws_lambda_function.rotate.arn
    ///   rotation_rules {
    ///     automatically_after_days = 180
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `automatically_after_days = 30` (90 at most).
    pub struct RotationIntervalLong {
        id: "AWS-SM-004",
        slug: "secret-rotation-interval-long",
        service: "secretsmanager",
        category: "secrets",
        severity: Medium,
        title: "Secret rotated less often than every 90 days",
        types: ["aws_secretsmanager_secret_rotation"],
        default_enabled: false,
        covers: [Fsbp "SecretsManager.4", Checkov "CKV_AWS_304"],
        check: Spec::all(&[attr("rotation_rules.0.automatically_after_days", AtMost(90.0)).unset_unknown("a schedule_expression sets the interval, which is not read").risk("a leaked secret stays valid for months")]),
    }
}
