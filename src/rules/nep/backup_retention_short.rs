use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_neptune_cluster` keeps automated backups for 7 days or more:
    /// `backup_retention_period >= 7`. Unset, it is 1 day (the Neptune and provider default): Fail. A
    /// value unknown until apply gives Unknown. Off by default (medium severity): it runs under
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// A bad load or deletion noticed after the retention window cannot be undone: one day leaves
    /// no way back from a problem found after a weekend.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_neptune_cluster" "graph" {
    ///   cluster_identifier = "graph"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `backup_retention_period = 7` (up to 35 days) or more.
    pub struct BackupRetentionShort {
        id: "AWS-NEP-006",
        slug: "neptune-backup-retention-short",
        service: "neptune",
        category: "resilience",
        severity: Medium,
        title: "Neptune backups kept under 7 days",
        types: ["aws_neptune_cluster"],
        default_enabled: false,
        covers: [Fsbp "Neptune.5", Checkov "CKV_AWS_361"],
        check: Spec::all(&[attr("backup_retention_period", AtLeast(7.0)).default(Num(1.0)).risk("point-in-time restore reaches back less than a week")]),
    }
}
