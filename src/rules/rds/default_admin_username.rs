use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// The master user of `aws_db_instance` (`username`) and `aws_rds_cluster` (`master_username`) is
    /// not `admin` or `postgres`, the names AWS Config's `rds-cluster-default-admin-check` and
    /// `rds-instance-default-admin-check` test (Security Hub RDS.24 and RDS.25). Unset, the name comes
    /// from a snapshot or a replication source: Unknown. A value unknown until apply gives Unknown.
    /// Off by default (it runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// A well-known master username halves the guessing a password attack needs; the master user holds
    /// every privilege of the database.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine   = "postgres"
    ///   username = "postgres"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine   = "postgres"
    ///   username = "app_owner"
    /// }
    /// ```
    pub struct DefaultAdminUsername {
        id: "AWS-RDS-019",
        slug: "rds-default-admin-username",
        service: "rds",
        category: "identity",
        severity: Medium,
        title: "Master username is an engine default",
        types: ["aws_db_instance", "aws_rds_cluster"],
        default_enabled: false,
        covers: [Fsbp "RDS.25" in ["aws_db_instance"], Fsbp "RDS.24" in ["aws_rds_cluster"]],
        check: Spec::all(&[attr("username", NoneOf(&["admin", "postgres"])).unset_unknown("the username comes from the source instance or the snapshot").on(&["aws_db_instance"]), attr("master_username", NoneOf(&["admin", "postgres"])).unset_unknown("the username comes from the snapshot or the source cluster").on(&["aws_rds_cluster"])]),
    }
}
