use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_redshift_parameter_group` sets `require_ssl` to `true`. No `require_ssl` parameter:
    /// it is `false` (the Redshift default of the parameter): Fail. A value unknown until apply gives
    /// Unknown. Whether a cluster uses the group is not judged here (FSBP Redshift.2 judges the
    /// cluster: not covered). Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Without `require_ssl`, clients may connect in clear text: query results and credentials cross
    /// the network readable by anyone on the path.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_redshift_parameter_group" "dw" {
    ///   name   = "dw"
    ///   family = "redshift-1.0"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// parameter {
    ///   name  = "require_ssl"
    ///   value = "true"
    /// }
    /// ```
    pub struct ParameterGroupSslNotRequired {
        id: "AWS-RS-014",
        slug: "redshift-parameter-group-ssl-not-required",
        service: "redshift",
        category: "encryption",
        severity: Medium,
        title: "Redshift parameter group does not require SSL",
        types: ["aws_redshift_parameter_group"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_105"],
        check: Spec::all(&[attr("parameter[name=require_ssl].value", Is(Bool(true))).default(Bool(false)).risk("clients may connect without encryption")]),
    }
}
