use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_eks_cluster.vpc_config.endpoint_public_access` is `false`. Unset, AWS's default is
    /// `true` (the Kubernetes API has a public endpoint): it fails. A value known only at
    /// apply is Unknown. Whether a public endpoint is at least limited to known networks is
    /// AWS-EKS-002.
    ///
    /// ## Why it matters
    /// A public API endpoint is reachable from the internet: only authentication stands
    /// between it and anyone, and any leaked kubeconfig or token works from anywhere.
    ///
    /// ## Example
    /// ```hcl
    /// vpc_config {
    ///   subnet_ids = aws_subnet.private[*].id
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// vpc_config {
    ///   subnet_ids              = aws_subnet.private[*].id
    ///   endpoint_private_access = true
    ///   endpoint_public_access  = false
    /// }
    /// ```
    pub struct EndpointPublic {
        id: "AWS-EKS-003",
        slug: "eks-endpoint-public",
        service: "eks",
        category: "network",
        severity: Critical,
        title: "EKS API endpoint public",
        types: ["aws_eks_cluster"],
        default_enabled: true,
        covers: [Fsbp "EKS.1", Checkov "CKV_AWS_39", Trivy "AVD-AWS-0040", Kics "eks_cluster_has_public_access"],
        check: Spec::all(&[attr("vpc_config.0.endpoint_public_access", Is(Bool(false)))
            .default(Bool(true))
            .risk("the Kubernetes API is reachable from the internet")]),
    }
}
