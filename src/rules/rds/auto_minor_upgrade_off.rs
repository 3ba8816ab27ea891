use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_db_instance` and `aws_rds_cluster_instance` have `auto_minor_version_upgrade = true`.
    /// Unset, it is on (the provider's and RDS's default). In the provider used here,
    /// `aws_rds_cluster` has no such argument: an Aurora cluster's setting lives on its instances,
    /// so each `aws_rds_cluster_instance` is judged and reported where the fix goes. A value
    /// unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// Minor versions carry security fixes. With automatic upgrades off, an instance keeps a
    /// vulnerable engine until someone schedules the upgrade by hand, and RDS eventually forces it
    /// at a time you did not choose.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine                     = "postgres"
    ///   auto_minor_version_upgrade = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `auto_minor_version_upgrade = false` (or set it to `true`) and choose a
    /// `maintenance_window`.
    pub struct AutoMinorUpgradeOff {
        id: "AWS-RDS-011",
        slug: "rds-auto-minor-upgrade-off",
        service: "rds",
        category: "maintenance",
        severity: High,
        title: "Auto minor version upgrade off",
        types: ["aws_db_instance", "aws_rds_cluster_instance"],
        default_enabled: true,
        covers: [Fsbp "RDS.13" in ["aws_db_instance"], Fsbp "RDS.35" in ["aws_rds_cluster_instance"], Cis "2.3.2", Checkov "CKV_AWS_226", Kics "automatic_minor_upgrades_disabled"],
        check: Spec::all(&[attr("auto_minor_version_upgrade", Is(Bool(true))).default(Bool(true)).risk("security fixes of the engine wait for a manual upgrade")]),
    }
}
