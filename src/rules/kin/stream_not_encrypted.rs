use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_kinesis_stream` is encrypted at rest: `encryption_type = "KMS"` with a
    /// `kms_key_id` (a customer key, or the AWS managed `alias/aws/kinesis`). Unset,
    /// `encryption_type` is `NONE`. Values known only at apply give Unknown; a key created in
    /// the same plan counts as set.
    ///
    /// ## Why it matters
    /// Records stay in the stream for its whole retention (one day to a year) on Kinesis's
    /// storage; clickstreams, logs and events carry personal data.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_kinesis_stream" "events" {
    ///   name        = "events"
    ///   shard_count = 1
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// encryption_type = "KMS"
    /// kms_key_id      = aws_kms_key.kinesis.arn
    /// ```
    pub struct StreamNotEncrypted {
        id: "AWS-KIN-001",
        slug: "kinesis-stream-not-encrypted",
        service: "kinesis",
        category: "encryption",
        severity: High,
        title: "Kinesis stream not encrypted",
        types: ["aws_kinesis_stream"],
        default_enabled: true,
        covers: [Fsbp "Kinesis.1", Checkov "CKV_AWS_43", Trivy "AVD-AWS-0064", Kics "kinesis_not_encrypted_with_kms"],
        check: Spec::all(&[
            attr("encryption_type", Is(Str("KMS"))).default(Str("NONE")).risk("records are stored unencrypted"),
            attr("kms_key_id", Set),
        ]),
    }
}
