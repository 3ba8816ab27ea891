use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_cloudtrail` has a `kms_key_id` that is a customer key; a key created in the same
    /// apply counts as set, an AWS managed alias (`alias/aws/...`, by name or ARN) does not.
    ///
    /// ## Why it matters
    /// Trail logs describe the whole account; with SSE-KMS, reading them also needs the key,
    /// whose use is itself logged.
    ///
    /// ## Example
    /// A trail without `kms_key_id`.
    ///
    /// ## Fix
    /// `kms_key_id = aws_kms_key.trail.arn` (its policy must admit `cloudtrail.amazonaws.com`).
    pub struct NotKmsEncrypted {
        id: "AWS-CT-003",
        slug: "cloudtrail-not-kms-encrypted",
        service: "cloudtrail",
        category: "encryption",
        severity: Medium,
        title: "CloudTrail not KMS-encrypted",
        types: ["aws_cloudtrail"],
        default_enabled: true,
        covers: [Fsbp "CloudTrail.2", Cis "3.5", Checkov "CKV_AWS_35", Trivy "AVD-AWS-0015", Kics "cloudtrail_log_files_not_encrypted_with_kms"],
        check: Spec::all(&[attr("kms_key_id", CustomerKey)]),
    }
}
