use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// A Kinesis data stream (`aws_kinesis_stream`) or video stream
    /// (`aws_kinesis_video_stream`) is encrypted with a customer managed KMS key: `kms_key_id`
    /// is a key of the plan, a key ID or ARN, or a customer alias. An AWS managed key
    /// (`alias/aws/kinesis`, `alias/aws/kinesisvideo`) fails; so does an unset key (a data
    /// stream is then unencrypted, a video stream uses the AWS managed key), and so does a data
    /// stream whose `encryption_type` is not `KMS`, whatever key it names (the key is then
    /// unused). A key that cannot be followed gives Unknown. Off by default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// With an AWS managed key, anyone allowed to read the stream reads its records; a key of
    /// your own adds its key policy, an audit trail of decryptions and revocation.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_kinesis_stream" "events" {
    ///   name            = "events"
    ///   encryption_type = "KMS"
    ///   kms_key_id      = "alias/aws/kinesis"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// kms_key_id = aws_kms_key.kinesis.arn
    /// ```
    pub struct StreamNotCustomerKey {
        id: "AWS-KIN-004",
        slug: "kinesis-stream-not-customer-key",
        service: "kinesis",
        category: "encryption",
        severity: Medium,
        title: "Kinesis stream not encrypted with a customer key",
        types: ["aws_kinesis_stream", "aws_kinesis_video_stream"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_185" in ["aws_kinesis_stream"], Checkov "CKV_AWS_177" in ["aws_kinesis_video_stream"]],
        check: Spec::all(&[
            // A key with encryption off encrypts nothing.
            attr("encryption_type", Is(Str("KMS"))).default(Str("NONE")).on(&["aws_kinesis_stream"]).risk("records are stored unencrypted, whatever key is named"),
            attr("kms_key_id", CustomerKey).risk("the stream is not under a key policy of your own"),
        ]),
    }
}
