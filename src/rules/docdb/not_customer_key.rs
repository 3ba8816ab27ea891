use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_docdb_cluster` has `kms_key_id` set to a customer managed KMS key. Unset, an encrypted
    /// cluster uses the AWS managed key `aws/rds`: Fail, as does an `alias/aws/...` key. A key
    /// created in the same plan counts; a key that cannot be followed gives Unknown.
    ///
    /// ## Why it matters
    /// With the AWS managed key, anyone allowed to use DocumentDB in the account can restore and
    /// read a snapshot: its key policy cannot be narrowed, shared snapshots cannot be used by
    /// another account, and the key cannot be disabled in an incident.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_docdb_cluster" "docs" {
    ///   cluster_identifier = "docs"
    ///   storage_encrypted  = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `kms_key_id = aws_kms_key.docdb.arn` (the cluster is replaced).
    pub struct NotCustomerKey {
        id: "AWS-DOCDB-002",
        slug: "docdb-not-customer-key",
        service: "docdb",
        category: "encryption",
        severity: High,
        title: "DocumentDB cluster without a customer KMS key",
        types: ["aws_docdb_cluster"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_182", Trivy "AVD-AWS-0022", Kics "docdb_cluster_without_kms", Kics "docdb_cluster_encrypted_with_aws_managed_key"],
        check: Spec::all(&[attr("kms_key_id", CustomerKey).risk("the AWS managed key aws/rds is used")]),
    }
}
