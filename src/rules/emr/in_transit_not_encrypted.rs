use crate::rules::emr::{each_encryption, flag};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The `configuration` JSON of `aws_emr_security_configuration` sets
    /// `EncryptionConfiguration.EnableInTransitEncryption` to `true` (with its
    /// `InTransitEncryptionConfiguration` certificate provider). Absent, EMR's default is
    /// `false`: it fails. A configuration known only at apply is Unknown.
    ///
    /// ## Why it matters
    /// Without it, shuffle data, HDFS block transfers and Spark RPC between cluster nodes
    /// travel in the clear inside the VPC.
    ///
    /// ## Example
    /// ```hcl
    /// configuration = jsonencode({
    ///   EncryptionConfiguration = {
    ///     EnableInTransitEncryption = false
    ///     EnableAtRestEncryption    = false
    ///   }
    /// })
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// EnableInTransitEncryption = true
    /// InTransitEncryptionConfiguration = {
    ///   TLSCertificateConfiguration = {
    ///     CertificateProviderType = "PEM"
    ///     S3Object                = "s3://certs-bucket/emr-certs.zip"
    ///   }
    /// }
    /// ```
    pub struct InTransitNotEncrypted {
        id: "AWS-EMR-002",
        slug: "emr-in-transit-not-encrypted",
        service: "emr",
        category: "encryption",
        severity: High,
        title: "EMR security configuration without in-transit encryption",
        types: ["aws_emr_security_configuration"],
        default_enabled: true,
        covers: [Fsbp "EMR.4", Checkov "CKV_AWS_351", Trivy "AVD-AWS-0138"],
    }
}

impl Rule for InTransitNotEncrypted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        each_encryption(cx, |enc| {
            if flag(enc, "EnableInTransitEncryption") {
                (
                    Status::Pass,
                    "EnableInTransitEncryption is true".to_string(),
                )
            } else {
                (
                    Status::Fail,
                    "EncryptionConfiguration.EnableInTransitEncryption is not true (EMR default: \
                     false): traffic between cluster nodes is unencrypted"
                        .to_string(),
                )
            }
        });
    }
}
