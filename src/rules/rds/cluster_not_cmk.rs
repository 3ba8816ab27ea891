use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_rds_cluster` sets `kms_key_id` to a customer managed KMS key. Unset, an encrypted cluster
    /// uses the AWS managed key `aws/rds`: Fail (an unencrypted cluster fails too; AWS-RDS-008 judges
    /// the encryption itself). A cluster restored from a snapshot or replicating another cluster takes
    /// its key from there when unset: Unknown. An AWS managed alias fails; a key unknown until apply
    /// that the configuration references counts as set. Off by default (it runs under `--profile
    /// strict`).
    ///
    /// ## Why it matters
    /// With a customer key, the key policy decides who can read the storage, its snapshots and the
    /// snapshots shared to other accounts (an AWS managed key cannot be shared), and disabling the key
    /// cuts access in an incident.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_rds_cluster" "main" {
    ///   engine            = "aurora-postgresql"
    ///   storage_encrypted = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_rds_cluster" "main" {
    ///   engine            = "aurora-postgresql"
    ///   storage_encrypted = true
    ///   kms_key_id        = aws_kms_key.rds.arn
    /// }
    /// ```
    pub struct ClusterNotCmk {
        id: "AWS-RDS-017",
        slug: "rds-cluster-not-cmk",
        service: "rds",
        category: "encryption",
        severity: Medium,
        title: "DB cluster not encrypted with a customer key",
        types: ["aws_rds_cluster"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_327"],
        check: Spec::all(&[attr("kms_key_id", CustomerKey).unset_if(&[case(attr("snapshot_identifier", Set), Unset::Unknown("a restored cluster keeps its snapshot's key")), case(attr("replication_source_identifier", Set), Unset::Unknown("a replica cluster's key depends on its source"))]).risk("RDS encrypts the cluster with the AWS managed key aws/rds")]),
    }
}
