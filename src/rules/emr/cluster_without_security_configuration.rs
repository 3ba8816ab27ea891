use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_emr_cluster.security_configuration` is set (a configuration of the plan counts).
    /// Unset, the cluster has no security configuration: no encryption at rest or in transit
    /// beyond EMR's defaults, no Kerberos or Lake Formation. It fails. A value known only at
    /// apply is Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// The security configuration is where EMR's encryption and authentication are set: a
    /// cluster without one keeps its data and traffic unprotected by those controls.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_emr_cluster" "etl" {
    ///   name          = "etl"
    ///   release_label = "emr-7.1.0"
    ///   service_role  = aws_iam_role.emr.arn
    ///   ...
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add `security_configuration = aws_emr_security_configuration.main.name`.
    pub struct ClusterWithoutSecurityConfiguration {
        id: "AWS-EMR-005",
        slug: "emr-cluster-without-security-configuration",
        service: "emr",
        category: "encryption",
        severity: Medium,
        title: "EMR cluster without security configuration",
        types: ["aws_emr_cluster"],
        default_enabled: false,
        covers: [Checkov "CKV2_AWS_55"],
        check: Spec::all(&[attr("security_configuration", Set)
            .risk("the cluster has no encryption or authentication settings")]),
    }
}
