use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_db_snapshot` and `aws_db_cluster_snapshot` do not list `all` in `shared_accounts`
    /// (which makes a manual snapshot restorable by every AWS account). Unset, the snapshot is
    /// shared with no one. A list unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// Anyone can restore a public snapshot into their own account and read every row of the
    /// database, offline and without leaving a trace in yours.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_snapshot" "nightly" {
    ///   db_instance_identifier = aws_db_instance.main.identifier
    ///   db_snapshot_identifier = "nightly"
    ///   shared_accounts        = ["all"]
    /// }
    /// ```
    ///
    /// ## Fix
    /// Share with named account IDs only (`shared_accounts = ["111122223333"]`), and encrypt the
    /// database with a customer managed key so that a shared snapshot needs a key grant too.
    pub struct SnapshotPublic {
        id: "AWS-RDS-014",
        slug: "rds-snapshot-public",
        service: "rds",
        category: "data-exposure",
        severity: Critical,
        title: "DB snapshot shared publicly",
        types: ["aws_db_snapshot", "aws_db_cluster_snapshot"],
        default_enabled: true,
        covers: [Fsbp "RDS.1", Checkov "CKV_AWS_302", Kics "db_snapshot_public"],
        check: Spec::all(&[attr("shared_accounts", Excludes(&["all"])).risk("every AWS account can restore the snapshot")]),
    }
}
