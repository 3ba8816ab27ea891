use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_db_instance` and `aws_rds_cluster` keep automated backups for more than one day:
    /// `backup_retention_period` at least 2. Unset, RDS keeps them 1 day (the CreateDBInstance and
    /// CreateDBCluster default): Fail. `0` turns automated backups off. Read replicas
    /// (`aws_db_instance` with `replicate_source_db`) are not judged: their source holds the
    /// backups. A value unknown until apply gives Unknown. AWS Security Hub's RDS.11 (the AWS
    /// Config rule `db-instance-backup-enabled`) can also be given a minimum retention
    /// (`backupRetentionMinimum`); this rule's threshold is "more than one day".
    ///
    /// ## Why it matters
    /// Automated backups are what point-in-time recovery restores from. With none, or a single
    /// day, a corruption or a bad migration noticed on Monday morning cannot be undone.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine                  = "postgres"
    ///   backup_retention_period = 0
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `backup_retention_period = 7` (or more, up to 35) and a `backup_window` outside peak
    /// hours.
    pub struct BackupRetentionTooShort {
        id: "AWS-RDS-009",
        slug: "rds-backup-retention-too-short",
        service: "rds",
        category: "resilience",
        severity: Medium,
        title: "Automated backups off or kept one day",
        types: ["aws_db_instance", "aws_rds_cluster"],
        default_enabled: true,
        covers: [Fsbp "RDS.11" in ["aws_db_instance"], Checkov "CKV_AWS_133", Trivy "AVD-AWS-0077", Kics "rds_with_backup_disabled", Kics "rds_cluster_with_backup_disabled"],
        check: Spec::all(&[attr("backup_retention_period", AtLeast(2.0)).default(Num(1.0)).risk("automated backups are off or kept a single day")]).when(&[attr("replicate_source_db", NotSet).on(&["aws_db_instance"])]),
    }
}
