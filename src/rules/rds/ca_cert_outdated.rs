use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_db_instance` sets `ca_cert_identifier` to a current RDS CA: `rds-ca-rsa2048-g1`,
    /// `rds-ca-rsa4096-g1` or `rds-ca-ecc384-g1`. Unset, RDS uses its default CA, `rds-ca-rsa2048-g1`
    /// (the older `rds-ca-2019` expired in August 2024): Pass. Any other value (`rds-ca-2019`,
    /// `rds-ca-2015`) fails. A value unknown until apply gives Unknown. Off by default (it runs under
    /// `--profile strict`).
    ///
    /// ## Why it matters
    /// Clients that verify the server certificate fail once its CA expires, and teams then turn
    /// verification off; a current CA keeps TLS verification working.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine             = "postgres"
    ///   instance_class     = "db.t3.micro"
    ///   ca_cert_identifier = "rds-ca-2019"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine             = "postgres"
    ///   instance_class     = "db.t3.micro"
    ///   ca_cert_identifier = "rds-ca-rsa2048-g1"
    /// }
    /// ```
    pub struct CaCertOutdated {
        id: "AWS-RDS-024",
        slug: "rds-ca-certificate-outdated",
        service: "rds",
        category: "encryption",
        severity: Medium,
        title: "DB instance CA certificate outdated",
        types: ["aws_db_instance"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_211", Kics "ca_certificate_identifier_is_outdated"],
        check: Spec::all(&[attr("ca_cert_identifier", OneOf(&["rds-ca-rsa2048-g1", "rds-ca-rsa4096-g1", "rds-ca-ecc384-g1"])).default(Str("rds-ca-rsa2048-g1")).risk("the server certificate chains to an expired or retired CA")]),
    }
}
