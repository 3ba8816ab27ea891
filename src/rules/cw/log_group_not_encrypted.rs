use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_cloudwatch_log_group` has a `kms_key_id`. A key ARN that is unknown in the plan
    /// because the key is created in the same apply counts as set when the configuration
    /// references it; a value that cannot be followed gives Unknown. An AWS managed alias
    /// (`alias/aws/...`, by name or ARN) is not a customer key: it fails.
    ///
    /// ## Why it matters
    /// Logs carry request data, tokens and personal data. With a customer-managed key, access
    /// to the logs needs access to the key too, and the key's policy and CloudTrail record who
    /// decrypted what.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_cloudwatch_log_group" "app" {
    ///   name = "/app/main"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_log_group" "app" {
    ///   name       = "/app/main"
    ///   kms_key_id = aws_kms_key.logs.arn
    /// }
    /// ```
    pub struct LogGroupNotEncrypted {
        id: "AWS-CW-001",
        slug: "log-group-not-kms-encrypted",
        service: "cloudwatch",
        category: "encryption",
        severity: Medium,
        title: "Log group not KMS-encrypted",
        types: ["aws_cloudwatch_log_group"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_158", Trivy "AVD-AWS-0017", Kics "cloudwatch_log_group_not_encrypted"],
        check: Spec::all(&[attr("kms_key_id", CustomerKey)]),
    }
}
