use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `kms_key_arn` of an `aws_dms_replication_instance`, `aws_dms_endpoint` or
    /// `aws_dms_s3_endpoint` is a customer managed KMS key (a key of the plan, a key ID or ARN,
    /// a customer alias). Unset, DMS uses its AWS managed key (`aws/dms`): it fails, as does an
    /// `alias/aws/...` key. A value known only at apply is Unknown. Off by default (medium
    /// severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// The instance's storage and the endpoints' connection details (passwords included) are
    /// encrypted with this key; with your own, access is governed by the key policy and
    /// auditable.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_dms_replication_instance" "main" {
    ///   replication_instance_id    = "main"
    ///   replication_instance_class = "dms.t3.medium"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add `kms_key_arn = aws_kms_key.dms.arn`.
    pub struct NotCustomerKey {
        id: "AWS-DMS-003",
        slug: "dms-without-customer-key",
        service: "dms",
        category: "encryption",
        severity: Medium,
        title: "DMS replication instance or endpoint without customer managed key",
        types: ["aws_dms_replication_instance", "aws_dms_endpoint", "aws_dms_s3_endpoint"],
        default_enabled: false,
        covers: [
            Checkov "CKV_AWS_212" in ["aws_dms_replication_instance"],
            Checkov "CKV_AWS_296" in ["aws_dms_endpoint"],
            Checkov "CKV_AWS_298" in ["aws_dms_s3_endpoint"],
        ],
        check: Spec::all(&[attr("kms_key_arn", CustomerKey)
            .risk("DMS data is encrypted with a key you do not control")]),
    }
}
