use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_rds_cluster` has `storage_encrypted = true`. When it is unset, the AWS default decides:
    /// - a cluster restored from `snapshot_identifier` or `restore_to_point_in_time` takes its
    ///   source's encryption, a replica (`replication_source_identifier`) its source's, and a
    ///   member of a global database (`global_cluster_identifier`) the global cluster's, which
    ///   the plan does not show: Unknown;
    /// - Aurora Serverless v1 (`engine_mode = "serverless"`) is always encrypted: Pass;
    /// - an Aurora cluster (`engine` `aurora`, `aurora-mysql`, `aurora-postgresql`, Serverless v2
    ///   included) is encrypted with an AWS owned key: Aurora encrypts every new DB cluster created
    ///   on or after 18 February 2026 ("Encrypting Amazon Aurora resources", Aurora User Guide).
    ///   An existing cluster is judged on the value in its state;
    /// - a Multi-AZ DB cluster (`engine` `mysql` or `postgres`) is not encrypted: Fail.
    /// An explicit `false` fails. A value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// Unencrypted cluster storage exposes the data, its automated backups and its snapshots to
    /// whoever gets hold of the volumes or a shared snapshot. Encryption cannot be switched on in
    /// place: the cluster has to be restored from an encrypted copy of a snapshot.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_rds_cluster" "main" {
    ///   engine            = "mysql"
    ///   storage_encrypted = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_rds_cluster" "main" {
    ///   # ...
    ///   storage_encrypted = true
    ///   kms_key_id        = aws_kms_key.rds.arn
    /// }
    /// ```
    pub struct ClusterStorageNotEncrypted {
        id: "AWS-RDS-008",
        slug: "rds-cluster-storage-not-encrypted",
        service: "rds",
        category: "encryption",
        severity: High,
        title: "DB cluster storage not encrypted",
        types: ["aws_rds_cluster"],
        default_enabled: true,
        covers: [Fsbp "RDS.27", Checkov "CKV_AWS_96", Trivy "AVD-AWS-0079", Kics "aurora_with_disabled_at_rest_encryption", Kics "rds_storage_not_encrypted", Kics "rds_database_cluster_not_encrypted"],
        check: Spec::all(&[attr("storage_encrypted", Is(Bool(true))).default(Bool(false)).unset_if(&[
            case(attr("snapshot_identifier", Set), Unset::Unknown("a restored cluster has its snapshot's encryption")),
            case(attr("restore_to_point_in_time", Set), Unset::Unknown("a restored cluster has its source cluster's encryption")),
            case(attr("replication_source_identifier", Set), Unset::Unknown("a replica cluster has its source's encryption (an encrypted replica of an unencrypted cluster cannot be made)")),
            case(attr("global_cluster_identifier", Set), Unset::Unknown("a cluster of a global database has the global cluster's encryption")),
            case(attr("engine_mode", Is(Str("serverless"))), Unset::Default(Bool(true))),
            case(attr("engine", OneOf(&["aurora", "aurora-mysql", "aurora-postgresql"])), Unset::Default(Bool(true))),
        ]).risk("the cluster's storage, backups and snapshots are unencrypted")]),
    }
}
