use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_redshift_cluster` has `enhanced_vpc_routing = true`. Unset, it is off (the Redshift
    /// default). A value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// Without enhanced VPC routing, `COPY` and `UNLOAD` traffic to S3 and other services leaves
    /// through Redshift's own network path: VPC endpoints, endpoint policies, security groups and
    /// flow logs do not see or restrict it.
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
    /// Set `enhanced_vpc_routing = true` and give the VPC an S3 gateway endpoint (or a NAT path)
    /// for `COPY` and `UNLOAD`.
    pub struct EnhancedVpcRoutingOff {
        id: "AWS-RS-003",
        slug: "redshift-enhanced-vpc-routing-off",
        service: "redshift",
        category: "network",
        severity: High,
        title: "Redshift enhanced VPC routing off",
        types: ["aws_redshift_cluster"],
        default_enabled: true,
        covers: [Fsbp "Redshift.7", Checkov "CKV_AWS_321"],
        check: Spec::all(&[attr("enhanced_vpc_routing", Is(Bool(true))).default(Bool(false)).risk("COPY and UNLOAD traffic bypasses the VPC's endpoints and controls")]),
    }
}
