use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_neptune_cluster` has `kms_key_arn` set to a customer managed KMS key. Unset, an
    /// encrypted cluster uses the AWS managed key `aws/rds`: Fail, as does an `alias/aws/...`
    /// key. A key created in the same plan counts; a key that cannot be followed gives Unknown.
    ///
    /// ## Why it matters
    /// With the AWS managed key the key policy cannot restrict who decrypts the cluster's storage
    /// and snapshots, snapshots cannot be shared across accounts, and the key cannot be disabled.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_neptune_cluster" "graph" {
    ///   cluster_identifier = "graph"
    ///   storage_encrypted  = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `kms_key_arn = aws_kms_key.neptune.arn` (the cluster is replaced).
    pub struct NotCustomerKey {
        id: "AWS-NEP-003",
        slug: "neptune-not-customer-key",
        service: "neptune",
        category: "encryption",
        severity: High,
        title: "Neptune cluster without a customer KMS key",
        types: ["aws_neptune_cluster"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_347", Trivy "AVD-AWS-0128"],
        check: Spec::all(&[attr("kms_key_arn", CustomerKey).risk("the AWS managed key aws/rds is used")]),
    }
}
