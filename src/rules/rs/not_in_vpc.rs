use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_redshift_cluster` names a subnet group: `cluster_subnet_group_name` is set (a
    /// reference to an `aws_redshift_subnet_group` of the plan counts). Unset, Redshift launches
    /// the cluster in the default VPC of the region. A value that cannot be followed gives
    /// Unknown.
    ///
    /// ## Why it matters
    /// The default VPC's subnets are public and shared with everything launched without a VPC
    /// choice: the cluster's network placement and its routing are left to chance instead of the
    /// private subnets built for it.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_redshift_cluster" "dw" {
    ///   cluster_identifier = "dw"
    ///   node_type          = "ra3.large"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_redshift_subnet_group" "dw" {
    ///   name       = "dw"
    ///   subnet_ids = aws_subnet.private[*].id
    /// }
    /// # cluster_subnet_group_name = aws_redshift_subnet_group.dw.name
    /// ```
    pub struct NotInVpc {
        id: "AWS-RS-005",
        slug: "redshift-not-in-vpc",
        service: "redshift",
        category: "network",
        severity: High,
        title: "Redshift cluster without a subnet group",
        types: ["aws_redshift_cluster"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_154", Trivy "AVD-AWS-0127", Kics "redshift_cluster_without_vpc"],
        check: Spec::all(&[attr("cluster_subnet_group_name", Set).risk("unset, the cluster is launched in the default VPC")]),
    }
}
