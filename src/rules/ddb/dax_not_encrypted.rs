use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_dax_cluster` has `server_side_encryption { enabled = true }`. Without the block, or
    /// with `enabled` unset, DAX does not encrypt at rest (the CreateCluster default). Encryption
    /// at rest can only be chosen when the cluster is created. A value unknown until apply gives
    /// Unknown.
    ///
    /// ## Why it matters
    /// A DAX node caches table items in memory and on disk; unencrypted, its cache, configuration
    /// and logs hold the table's data in the clear, whatever the table's own encryption.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_dax_cluster" "cache" {
    ///   cluster_name       = "cache"
    ///   node_type          = "dax.r5.large"
    ///   replication_factor = 3
    ///   iam_role_arn       = aws_iam_role.dax.arn
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// server_side_encryption {
    ///   enabled = true
    /// }
    /// ```
    /// (the cluster is replaced).
    pub struct DaxNotEncrypted {
        id: "AWS-DDB-005",
        slug: "dax-not-encrypted",
        service: "dynamodb",
        category: "encryption",
        severity: High,
        title: "DAX cluster not encrypted at rest",
        types: ["aws_dax_cluster"],
        default_enabled: true,
        covers: [Fsbp "DynamoDB.3", Checkov "CKV_AWS_47", Trivy "AVD-AWS-0023", Kics "dax_cluster_not_encrypted"],
        check: Spec::all(&[attr("server_side_encryption.0.enabled", Is(Bool(true))).default(Bool(false)).risk("the cached items are stored unencrypted")]),
    }
}
