use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// When `aws_eks_cluster.vpc_config.endpoint_public_access` is `true` (AWS's default when
    /// unset), `vpc_config.public_access_cidrs` must hold no range wider than a /8: not
    /// `0.0.0.0/0`, nor halves that add up to it (`0.0.0.0/1` with `128.0.0.0/1`). Unset, AWS's
    /// default is `["0.0.0.0/0"]`: it fails. Clusters with a private endpoint only are not
    /// judged; values known only at apply are Unknown.
    ///
    /// ## Why it matters
    /// Limiting the public endpoint to the office, VPN or CI egress addresses takes the API
    /// off the internet for everyone else, so a leaked credential is not enough on its own.
    ///
    /// ## Example
    /// ```hcl
    /// vpc_config {
    ///   subnet_ids             = aws_subnet.private[*].id
    ///   endpoint_public_access = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// vpc_config {
    ///   subnet_ids             = aws_subnet.private[*].id
    ///   endpoint_public_access = true
    ///   public_access_cidrs    = ["203.0.113.0/24"]
    /// }
    /// ```
    pub struct PublicEndpointOpenToInternet {
        id: "AWS-EKS-002",
        slug: "eks-public-endpoint-open-to-internet",
        service: "eks",
        category: "network",
        severity: Critical,
        title: "EKS public endpoint open to 0.0.0.0/0",
        types: ["aws_eks_cluster"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_38", Trivy "AVD-AWS-0041", Kics "eks_cluster_has_public_access_cidrs"],
        check: Spec::all(&[attr("vpc_config.0.public_access_cidrs", NarrowRanges)
            .default(Str("0.0.0.0/0"))
            .risk("the public Kubernetes API endpoint accepts connections from any address")])
        .when(&[attr("vpc_config.0.endpoint_public_access", Is(Bool(true))).default(Bool(true))]),
    }
}
