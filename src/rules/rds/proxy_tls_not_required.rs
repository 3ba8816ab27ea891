use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_db_proxy` has `require_tls = true`. Unset, the provider sends `false`: Fail. A value
    /// unknown until apply gives Unknown. Off by default (it runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// Without it the proxy accepts unencrypted client connections, and database credentials and query
    /// results cross the network in clear text.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_proxy" "main" {
    ///   name           = "main"
    ///   engine_family  = "POSTGRESQL"
    ///   role_arn       = aws_iam_role.proxy.arn
    ///   vpc_subnet_ids = aws_subnet.db[*].id
    ///   auth {
    ///     secret_arn = aws_secretsmanager_secret.db.arn
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_db_proxy" "main" {
    ///   # ...
    ///   require_tls = true
    /// }
    /// ```
    pub struct ProxyTlsNotRequired {
        id: "AWS-RDS-020",
        slug: "rds-proxy-tls-not-required",
        service: "rds",
        category: "encryption",
        severity: Medium,
        title: "RDS proxy does not require TLS",
        types: ["aws_db_proxy"],
        default_enabled: false,
        covers: [Fsbp "RDS.43"],
        check: Spec::all(&[attr("require_tls", Is(Bool(true))).default(Bool(false)).risk("clients can connect to the proxy in clear text")]),
    }
}
