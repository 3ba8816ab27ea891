use crate::model::Eff;
use crate::rules::{declare_rule, tri_set, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_cloudtrail` has a `kms_key_id`; a key created in the same apply counts as set.
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
    }
}

impl Rule for NotKmsEncrypted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_cloudtrail") {
            let e = cx.stack.eff(r, "kms_key_id");
            let (status, msg) = match (tri_set(&e), &e) {
                (Some(true), Eff::FromResources { reference, .. }) => (
                    Status::Pass,
                    format!("encrypted with the key from {reference}"),
                ),
                (Some(true), _) => (Status::Pass, "KMS key set".to_string()),
                (Some(false), _) => (Status::Fail, "kms_key_id is not set".to_string()),
                (None, _) => (
                    Status::Unknown,
                    format!("kms_key_id is {}", unknown_reason(&e)),
                ),
            };
            cx.report(r, "kms_key_id", status, msg);
        }
    }
}
