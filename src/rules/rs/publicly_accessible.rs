use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_redshift_cluster` has `publicly_accessible = false`. Unset, the AWS provider (5.x)
    /// sends `true` (its schema default; the plan shows it): Fail. A value unknown until apply
    /// gives Unknown.
    ///
    /// ## Why it matters
    /// A publicly accessible cluster gets a public IP address and a DNS name that resolves to it;
    /// only its security group stands between port 5439 and the internet.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_redshift_cluster" "dw" {
    ///   cluster_identifier = "dw"
    ///   node_type          = "ra3.large"
    ///   # publicly_accessible unset: true with provider 5.x
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `publicly_accessible = false` and reach the cluster from the VPC, a VPN or through a
    /// Redshift-managed VPC endpoint.
    pub struct PubliclyAccessible {
        id: "AWS-RS-002",
        slug: "redshift-publicly-accessible",
        service: "redshift",
        category: "network",
        severity: Critical,
        title: "Redshift cluster publicly accessible",
        types: ["aws_redshift_cluster"],
        default_enabled: true,
        covers: [Fsbp "Redshift.1", Checkov "CKV_AWS_87", Kics "redshift_publicly_accessible"],
        check: Spec::all(&[attr("publicly_accessible", Is(Bool(false))).default(Bool(true)).risk("the cluster gets a public endpoint")]),
    }
}
