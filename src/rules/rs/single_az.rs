use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_redshift_cluster` is deployed across Availability Zones: `multi_az = true` (RA3 node
    /// types). Unset, it is false (the provider and Redshift default): Fail. A value unknown until
    /// apply gives Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// A single-AZ cluster stops with its zone: queries and loads wait until the zone recovers or
    /// the cluster is relocated.
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
    /// Set `multi_az = true` (RA3 nodes, a subnet group with subnets in several zones).
    pub struct SingleAz {
        id: "AWS-RS-009",
        slug: "redshift-single-az",
        service: "redshift",
        category: "resilience",
        severity: Medium,
        title: "Redshift cluster not Multi-AZ",
        types: ["aws_redshift_cluster"],
        default_enabled: false,
        covers: [Fsbp "Redshift.18"],
        check: Spec::all(&[attr("multi_az", Is(Bool(true))).default(Bool(false)).risk("an Availability Zone outage stops the warehouse")]),
    }
}
