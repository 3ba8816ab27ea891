use crate::rules::attr::{attr, case, Expect::Is, Expect::Set, Lit::Bool, Test, Unset};
use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_neptune_cluster` has `storage_encrypted = true`. Unset, Neptune creates an
    /// unencrypted cluster (CreateDBCluster: `StorageEncrypted` defaults to false): Fail. A
    /// cluster restored from `snapshot_identifier` with the attribute unset takes the snapshot's
    /// encryption: Unknown. A value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// Unencrypted cluster storage exposes the graph, its automated backups and its snapshots to
    /// whoever gets hold of the volumes or a shared snapshot; encryption can only be chosen at
    /// creation.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_neptune_cluster" "graph" {
    ///   cluster_identifier = "graph"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `storage_encrypted = true` and `kms_key_arn` to a customer managed key (the cluster is
    /// replaced).
    pub struct NotEncrypted {
        id: "AWS-NEP-001",
        slug: "neptune-not-encrypted",
        service: "neptune",
        category: "encryption",
        severity: High,
        title: "Neptune cluster not encrypted",
        types: ["aws_neptune_cluster"],
        default_enabled: true,
        covers: [Fsbp "Neptune.1", Checkov "CKV_AWS_44", Trivy "AVD-AWS-0076", Kics "neptune_database_cluster_encryption_disabled"],
        check: Spec::all(&[ENCRYPTED]),
    }
}

/// Unset, Neptune creates an unencrypted cluster; restored from a snapshot, the snapshot's.
pub const ENCRYPTED: Test = attr("storage_encrypted", Is(Bool(true)))
    .default(Bool(false))
    .unset_if(&[case(
        attr("snapshot_identifier", Set),
        Unset::Unknown("a restored cluster has its snapshot's encryption"),
    )])
    .risk("the graph, its backups and snapshots are unencrypted");
