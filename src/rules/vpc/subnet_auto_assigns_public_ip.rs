use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_subnet` does not set `map_public_ip_on_launch = true`. Unset, AWS's default for a
    /// subnet you create is `false`: instances get a public IPv4 address only when they ask
    /// for one. The value is judged after variables and modules; a value unknown until apply
    /// gives Unknown.
    ///
    /// ## Why it matters
    /// Every instance, ENI-based service or container launched in such a subnet gets an
    /// internet-routable address without anyone asking for it, so a security group mistake is
    /// all it takes to expose it. Public IPv4 addresses are also billed per hour.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_subnet" "public" {
    ///   vpc_id                  = aws_vpc.main.id
    ///   cidr_block              = "10.0.1.0/24"
    ///   map_public_ip_on_launch = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `map_public_ip_on_launch` (or set it to `false`) and give public addresses only
    /// to what must be reachable: an Elastic IP, `associate_public_ip_address` on that
    /// instance, or better a load balancer in front of private instances.
    pub struct SubnetAutoAssignsPublicIp {
        id: "AWS-VPC-011",
        slug: "subnet-auto-assigns-public-ip",
        service: "vpc",
        category: "network",
        severity: High,
        title: "Subnet auto-assigns public IPs",
        types: ["aws_subnet"],
        default_enabled: true,
        covers: [Fsbp "EC2.15", Checkov "CKV_AWS_130", Trivy "AVD-AWS-0164", Kics "vpc_subnet_assigns_public_ip"],
        check: Spec::all(&[attr("map_public_ip_on_launch", Is(Bool(false))).default(Bool(false)).risk("instances launched here get a public IPv4 address")]),
    }
}
