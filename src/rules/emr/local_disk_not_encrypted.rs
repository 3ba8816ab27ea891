use crate::model::Val;
use crate::rules::emr::{each_encryption, flag};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The `configuration` JSON of `aws_emr_security_configuration` sets
    /// `EncryptionConfiguration.EnableAtRestEncryption` to `true` with an
    /// `AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration` that names an
    /// `EncryptionKeyProviderType` (`AwsKms` or `Custom`) and sets `EnableEbsEncryption` to
    /// `true` (EBS root and storage volumes too, not only instance store). Absent, EMR's
    /// default is unencrypted local disks: it fails. A configuration known only at apply is
    /// Unknown.
    ///
    /// ## Why it matters
    /// Cluster nodes spill shuffle data, HDFS blocks and caches to local disks and EBS
    /// volumes; unencrypted, that data outlives the cluster in snapshots and reused storage.
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
    ///   LocalDiskEncryptionConfiguration = {
    ///     EncryptionKeyProviderType = "AwsKms"
    ///     AwsKmsKey                 = aws_kms_key.emr.arn
    ///     EnableEbsEncryption       = true
    ///   }
    /// }
    /// ```
    pub struct LocalDiskNotEncrypted {
        id: "AWS-EMR-003",
        slug: "emr-local-disk-not-encrypted",
        service: "emr",
        category: "encryption",
        severity: High,
        title: "EMR security configuration without local disk encryption",
        types: ["aws_emr_security_configuration"],
        default_enabled: true,
        covers: [Fsbp "EMR.3", Checkov "CKV_AWS_349", Checkov "CKV_AWS_350", Trivy "AVD-AWS-0139"],
    }
}

impl Rule for LocalDiskNotEncrypted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        each_encryption(cx, |enc| {
            if !flag(enc, "EnableAtRestEncryption") {
                return (
                    Status::Fail,
                    "EncryptionConfiguration.EnableAtRestEncryption is not true (EMR default: \
                     false): local disks are not encrypted"
                        .to_string(),
                );
            }
            let local = enc
                .and_then(|e| e.get("AtRestEncryptionConfiguration"))
                .and_then(|a| a.get("LocalDiskEncryptionConfiguration"));
            let provider = local
                .and_then(|l| l.get("EncryptionKeyProviderType"))
                .and_then(Val::as_str);
            match provider {
                None => (
                    Status::Fail,
                    "no LocalDiskEncryptionConfiguration with an EncryptionKeyProviderType: \
                     local disks are not encrypted"
                        .to_string(),
                ),
                Some(p) if !flag(local, "EnableEbsEncryption") => (
                    Status::Fail,
                    format!(
                        "local disks are encrypted ({p}), but EnableEbsEncryption is not true: \
                         EBS volumes are not"
                    ),
                ),
                Some(p) => (
                    Status::Pass,
                    format!("local disks and EBS volumes are encrypted ({p})"),
                ),
            }
        });
    }
}
