use crate::model::Eff;
use crate::rules::{declare_rule, tri_set, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_cloudwatch_log_group` has a `kms_key_id`. A key ARN that is unknown in the plan
    /// because the key is created in the same apply counts as set when the configuration
    /// references it; a value that cannot be followed gives Unknown.
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
    }
}

impl Rule for LogGroupNotEncrypted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_cloudwatch_log_group") {
            let e = cx.stack.eff(r, "kms_key_id");
            let (status, msg) = match (tri_set(&e), &e) {
                (Some(true), Eff::Known(v)) => (
                    Status::Pass,
                    format!("encrypted with {}", cx.stack.show(r, "kms_key_id", v)),
                ),
                (Some(true), Eff::FromResources { reference, .. }) => (
                    Status::Pass,
                    format!("encrypted with the key from {reference}"),
                ),
                (Some(_), _) => (Status::Fail, "kms_key_id is not set".to_string()),
                (None, _) => (
                    Status::Unknown,
                    format!("kms_key_id is {}", unknown_reason(&e)),
                ),
            };
            let prov = cx.stack.provenance(r, "kms_key_id");
            cx.push(r, "kms_key_id", status, msg, prov);
        }
    }
}
