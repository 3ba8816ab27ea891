use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_redshiftserverless_namespace` uses neither the default admin username `admin` nor
    /// the default database name `dev`. Unset, `db_name` is `dev` (the Redshift Serverless default):
    /// Fail; an unset `admin_username` creates no admin user: Pass. A value unknown until apply gives
    /// Unknown.
    ///
    /// ## Why it matters
    /// Default names hand an attacker half of the admin credentials and the database to aim at,
    /// and `dev` in production invites mistakes between environments.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_redshiftserverless_namespace" "bi" {
    ///   namespace_name      = "bi"
    ///   admin_username      = "admin"
    ///   admin_user_password = var.password
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `admin_username` and `db_name` to names of your own (the namespace is replaced); prefer
    /// `manage_admin_password = true`.
    pub struct ServerlessNamespaceDefaults {
        id: "AWS-RS-013",
        slug: "redshift-serverless-namespace-defaults",
        service: "redshift",
        category: "identity",
        severity: High,
        title: "Redshift Serverless namespace with default admin or database name",
        types: ["aws_redshiftserverless_namespace"],
        default_enabled: true,
        covers: [Fsbp "RedshiftServerless.5", Fsbp "RedshiftServerless.6"],
        check: Spec::all(&[attr("admin_username", NoneOf(&["admin"])).risk("attackers guess half of the admin credentials"), attr("db_name", NoneOf(&["dev"])).default(Str("dev")).risk("the well-known name helps guess connection strings")]),
    }
}
