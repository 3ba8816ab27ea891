use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_rds_global_cluster` has `storage_encrypted = true`. Unset, the provider sends `false`:
    /// Fail, unless the global cluster is made from an existing cluster
    /// (`source_db_cluster_identifier`), whose encryption it takes: Unknown. A value unknown until
    /// apply gives Unknown. Off by default (it runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// Every member cluster of the global database, in every region, stores its data, backups and
    /// snapshots unencrypted, and encryption cannot be turned on afterwards.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_rds_global_cluster" "main" {
    ///   global_cluster_identifier = "main"
    ///   engine                    = "aurora-postgresql"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_rds_global_cluster" "main" {
    ///   global_cluster_identifier = "main"
    ///   engine                    = "aurora-postgresql"
    ///   storage_encrypted         = true
    /// }
    /// ```
    pub struct GlobalClusterNotEncrypted {
        id: "AWS-RDS-021",
        slug: "rds-global-cluster-not-encrypted",
        service: "rds",
        category: "encryption",
        severity: Medium,
        title: "Global cluster not encrypted",
        types: ["aws_rds_global_cluster"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_140"],
        check: Spec::all(&[attr("storage_encrypted", Is(Bool(true))).default(Bool(false)).unset_if(&[case(attr("source_db_cluster_identifier", Set), Unset::Unknown("a global cluster made from an existing cluster has that cluster's encryption"))]).risk("the clusters of the global database store data unencrypted")]),
    }
}
