use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_docdb_cluster` and `aws_docdb_global_cluster` have `storage_encrypted = true`. Unset,
    /// the DocumentDB API creates an unencrypted cluster (CreateDBCluster: `StorageEncrypted`
    /// defaults to false; only the console ticks it for you): Fail. A cluster restored from
    /// `snapshot_identifier` with the attribute unset takes the snapshot's encryption: Unknown. A
    /// value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// Unencrypted cluster storage exposes the documents, automated backups and snapshots to
    /// whoever gets the volumes or a shared snapshot. Encryption can only be chosen at creation.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_docdb_cluster" "docs" {
    ///   cluster_identifier = "docs"
    ///   master_username    = "app"
    ///   master_password    = var.password
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `storage_encrypted = true` and `kms_key_id` to a customer managed key (the cluster is
    /// replaced: migrate through a snapshot).
    pub struct NotEncrypted {
        id: "AWS-DOCDB-001",
        slug: "docdb-not-encrypted",
        service: "docdb",
        category: "encryption",
        severity: High,
        title: "DocumentDB cluster not encrypted",
        types: ["aws_docdb_cluster", "aws_docdb_global_cluster"],
        default_enabled: true,
        covers: [Fsbp "DocumentDB.1" in ["aws_docdb_cluster"], Checkov "CKV_AWS_74" in ["aws_docdb_cluster"], Checkov "CKV_AWS_292" in ["aws_docdb_global_cluster"], Trivy "AVD-AWS-0021", Kics "docdb_cluster_not_encrypted"],
        check: Spec::all(&[attr("storage_encrypted", Is(Bool(true))).default(Bool(false)).unset_if(&[case(attr("snapshot_identifier", Set).on(&["aws_docdb_cluster"]), Unset::Unknown("a restored cluster has its snapshot's encryption"))]).risk("documents, backups and snapshots are unencrypted")]),
    }
}
