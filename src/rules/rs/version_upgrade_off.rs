use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_redshift_cluster` lets Redshift apply major version upgrades in the maintenance
    /// window: `allow_version_upgrade` not false. Unset, it is true (the provider and Redshift
    /// default): Pass; only false fails. A value unknown until apply gives Unknown. Off by default
    /// (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// With upgrades off the cluster stays on an old engine version, without its security and
    /// stability fixes, until someone upgrades it by hand.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_redshift_cluster" "dw" {
    ///   cluster_identifier    = "dw"
    ///   node_type             = "ra3.xlplus"
    ///   master_username       = "dwadmin"
    ///   allow_version_upgrade = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `allow_version_upgrade = false` and set a `preferred_maintenance_window`.
    pub struct VersionUpgradeOff {
        id: "AWS-RS-011",
        slug: "redshift-version-upgrade-off",
        service: "redshift",
        category: "maintenance",
        severity: Medium,
        title: "Redshift major version upgrades off",
        types: ["aws_redshift_cluster"],
        default_enabled: false,
        covers: [Fsbp "Redshift.6", Checkov "CKV_AWS_141"],
        check: Spec::all(&[attr("allow_version_upgrade", Is(Bool(true))).default(Bool(true)).risk("engine fixes are not applied in the maintenance window")]),
    }
}
