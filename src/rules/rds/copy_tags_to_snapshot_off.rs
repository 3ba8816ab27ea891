use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_db_instance` and `aws_rds_cluster` have `copy_tags_to_snapshot = true`. Unset, the
    /// provider sends `false`: Fail. A value unknown until apply gives Unknown. Off by default (it
    /// runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// Tags carry ownership, data classification and the conditions of tag-based access policies;
    /// snapshots without them escape those policies and the inventory.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_rds_cluster" "main" {
    ///   engine = "aurora-postgresql"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_rds_cluster" "main" {
    ///   engine                = "aurora-postgresql"
    ///   copy_tags_to_snapshot = true
    /// }
    /// ```
    pub struct CopyTagsToSnapshotOff {
        id: "AWS-RDS-018",
        slug: "rds-copy-tags-to-snapshot-off",
        service: "rds",
        category: "governance",
        severity: Low,
        title: "Tags not copied to snapshots",
        types: ["aws_db_instance", "aws_rds_cluster"],
        default_enabled: false,
        covers: [Fsbp "RDS.17" in ["aws_db_instance"], Fsbp "RDS.16" in ["aws_rds_cluster"], Fsbp "RDS.47" in ["aws_rds_cluster"], Fsbp "RDS.48" in ["aws_rds_cluster"], Checkov "CKV2_AWS_60" in ["aws_db_instance"], Checkov "CKV_AWS_313" in ["aws_rds_cluster"]],
        check: Spec::all(&[attr("copy_tags_to_snapshot", Is(Bool(true))).default(Bool(false)).risk("snapshots lose the tags that classify and own the data")]),
    }
}
