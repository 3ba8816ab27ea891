use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_redshift_cluster` does not use the default database name `dev`. Unset, Redshift
    /// creates `dev` (the service default): Fail. A value unknown until apply gives Unknown. Off by
    /// default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// A well-known database name is one thing less for an attacker to guess, and `dev` in
    /// production invites mistakes between environments.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_redshift_cluster" "dw" {
    ///   cluster_identifier = "dw"
    ///   node_type          = "ra3.xlplus"
    ///   master_username    = "dwadmin"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `database_name` to a name of your own (the cluster is replaced).
    pub struct DefaultDatabaseName {
        id: "AWS-RS-008",
        slug: "redshift-default-database-name",
        service: "redshift",
        category: "identity",
        severity: Medium,
        title: "Redshift database name is dev",
        types: ["aws_redshift_cluster"],
        default_enabled: false,
        covers: [Fsbp "Redshift.9", Checkov "CKV_AWS_320"],
        check: Spec::all(&[attr("database_name", NoneOf(&["dev"])).default(Str("dev")).risk("the well-known name helps guess connection strings")]),
    }
}
