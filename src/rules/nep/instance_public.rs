use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_neptune_cluster_instance` is not publicly accessible: `publicly_accessible` not
    /// true. Unset, it is false (the provider and Neptune default): Pass; only true fails. A value
    /// unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// A public instance gets an address reachable from the internet: the graph is then protected by
    /// its security groups and credentials alone.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_neptune_cluster_instance" "graph" {
    ///   cluster_identifier  = aws_neptune_cluster.graph.id
    ///   instance_class      = "db.r6g.large"
    ///   publicly_accessible = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `publicly_accessible = true`; reach the cluster from inside the VPC (a VPN, a bastion
    /// or a private endpoint).
    pub struct InstancePublic {
        id: "AWS-NEP-009",
        slug: "neptune-instance-public",
        service: "neptune",
        category: "network",
        severity: High,
        title: "Neptune instance publicly accessible",
        types: ["aws_neptune_cluster_instance"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_102", Kics "neptune_cluster_instance_is_publicly_accessible"],
        check: Spec::all(&[attr("publicly_accessible", Is(Bool(false))).default(Bool(false)).risk("the graph endpoint gets a public address")]),
    }
}
