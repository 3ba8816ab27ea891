use crate::model::Val;
use crate::rules::emr::{each_encryption, flag};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The `configuration` JSON of `aws_emr_security_configuration` sets
    /// `EncryptionConfiguration.EnableAtRestEncryption` to `true` and its
    /// `AtRestEncryptionConfiguration.S3EncryptionConfiguration.EncryptionMode` to a KMS mode:
    /// `SSE-KMS` or `CSE-KMS`. Absent, EMR's default is no at-rest encryption configuration:
    /// it fails; `SSE-S3` and `CSE-Custom` fail too (no KMS key). A configuration known only
    /// at apply is Unknown.
    ///
    /// ## Why it matters
    /// EMRFS writes job output and intermediate data to S3; with a KMS key, reading it needs
    /// the key too, and every decryption is recorded.
    ///
    /// ## Example
    /// ```hcl
    /// configuration = jsonencode({
    ///   EncryptionConfiguration = {
    ///     EnableInTransitEncryption = true
    ///     EnableAtRestEncryption    = false
    ///   }
    /// })
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// EnableAtRestEncryption = true
    /// AtRestEncryptionConfiguration = {
    ///   S3EncryptionConfiguration = {
    ///     EncryptionMode = "SSE-KMS"
    ///     AwsKmsKey      = aws_kms_key.emr.arn
    ///   }
    /// }
    /// ```
    pub struct AtRestNotKms {
        id: "AWS-EMR-001",
        slug: "emr-s3-at-rest-not-kms",
        service: "emr",
        category: "encryption",
        severity: High,
        title: "EMR security configuration without S3 SSE-KMS at rest",
        types: ["aws_emr_security_configuration"],
        default_enabled: true,
        covers: [Fsbp "EMR.3", Checkov "CKV_AWS_171", Trivy "AVD-AWS-0137"],
    }
}

impl Rule for AtRestNotKms {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        each_encryption(cx, |enc| {
            if !flag(enc, "EnableAtRestEncryption") {
                return (
                    Status::Fail,
                    "EncryptionConfiguration.EnableAtRestEncryption is not true (EMR default: \
                     false): data at rest is not encrypted"
                        .to_string(),
                );
            }
            let mode = enc
                .and_then(|e| e.get("AtRestEncryptionConfiguration"))
                .and_then(|a| a.get("S3EncryptionConfiguration"))
                .and_then(|s| s.get("EncryptionMode"))
                .and_then(Val::as_str);
            match mode {
                Some(m) if m.eq_ignore_ascii_case("SSE-KMS") || m.eq_ignore_ascii_case("CSE-KMS") => {
                    (Status::Pass, format!("EMRFS data in S3 is encrypted with {m}"))
                }
                Some(m) => (
                    Status::Fail,
                    format!("S3EncryptionConfiguration.EncryptionMode is {m:?} (must be SSE-KMS or CSE-KMS)"),
                ),
                None => (
                    Status::Fail,
                    "no S3EncryptionConfiguration.EncryptionMode: EMRFS data in S3 is not \
                     encrypted with a KMS key"
                        .to_string(),
                ),
            }
        });
    }
}
