use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_docdb_cluster_parameter_group` does not set the `tls` parameter to `disabled`. No
    /// `tls` parameter: it is `enabled` (the DocumentDB default): Pass; `enabled`, `tls1.2+`,
    /// `tls1.3+` and `fips-140-3` pass. A value unknown until apply gives Unknown. Whether a cluster
    /// uses the group is not judged here. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// With TLS disabled, clients connect in clear text: documents and credentials cross the
    /// network readable by anyone on the path.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_docdb_cluster_parameter_group" "docs" {
    ///   family = "docdb5.0"
    ///   name   = "docs"
    ///   parameter {
    ///     name  = "tls"
    ///     value = "disabled"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set the `tls` parameter to `enabled` (or `tls1.2+`) and reboot the instances.
    pub struct TlsDisabled {
        id: "AWS-DOCDB-006",
        slug: "docdb-tls-disabled",
        service: "docdb",
        category: "encryption",
        severity: Medium,
        title: "DocumentDB parameter group disables TLS",
        types: ["aws_docdb_cluster_parameter_group"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_90"],
        check: Spec::all(&[attr("parameter[name=tls].value", NoneOf(&["disabled"])).default(Str("enabled")).risk("clients may connect without encryption")]),
    }
}
