use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_redshift_cluster` keeps automated snapshots: `automated_snapshot_retention_period`
    /// of 1 day or more. Unset, it is 1 (the provider and Redshift default): Pass; 0 fails. A value
    /// unknown until apply gives Unknown. (FSBP Redshift.3 asks for 7 days by default: not covered.)
    /// Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// With retention 0 Redshift takes no automated snapshots: a dropped table or a bad load can
    /// only be undone from manual snapshots, if anyone took one.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_redshift_cluster" "dw" {
    ///   cluster_identifier                  = "dw"
    ///   node_type                           = "ra3.xlplus"
    ///   master_username                     = "dwadmin"
    ///   automated_snapshot_retention_period = 0
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `automated_snapshot_retention_period = 7` (up to 35).
    pub struct SnapshotsOff {
        id: "AWS-RS-010",
        slug: "redshift-snapshots-off",
        service: "redshift",
        category: "resilience",
        severity: Medium,
        title: "Redshift automated snapshots off",
        types: ["aws_redshift_cluster"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_343"],
        check: Spec::all(&[attr("automated_snapshot_retention_period", AtLeast(1.0)).default(Num(1.0)).risk("there are no automated snapshots to restore")]),
    }
}
