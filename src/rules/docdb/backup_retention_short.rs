use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_docdb_cluster` keeps automated backups for 7 days or more:
    /// `backup_retention_period >= 7`. Unset, it is 1 day (the DocumentDB and provider default): Fail.
    /// A value unknown until apply gives Unknown. Off by default (medium severity): it runs under
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// Corruption or a bad deploy noticed after the retention window cannot be undone: a one-day
    /// window leaves no way back from a problem found on Monday that started on Friday.
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
    /// Set `backup_retention_period = 7` (up to 35 days) or more.
    pub struct BackupRetentionShort {
        id: "AWS-DOCDB-004",
        slug: "docdb-backup-retention-short",
        service: "docdb",
        category: "resilience",
        severity: Medium,
        title: "DocumentDB backups kept under 7 days",
        types: ["aws_docdb_cluster"],
        default_enabled: false,
        covers: [Fsbp "DocumentDB.2", Checkov "CKV_AWS_360"],
        check: Spec::all(&[attr("backup_retention_period", AtLeast(7.0)).default(Num(1.0)).risk("point-in-time restore reaches back less than a week")]),
    }
}
