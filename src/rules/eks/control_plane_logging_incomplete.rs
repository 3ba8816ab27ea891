use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_eks_cluster.enabled_cluster_log_types` includes every control-plane log type:
    /// `api`, `audit`, `authenticator`, `controllerManager` and `scheduler`. Unset, AWS's
    /// default is no logging: it fails, as does a list missing any type (the message names
    /// the requirement; `audit` alone is what AWS Security Hub EKS.8 asks for). A list known
    /// only at apply is Unknown.
    ///
    /// ## Why it matters
    /// The audit log is the only record of who did what through the Kubernetes API (read a
    /// secret, exec into a pod, bind cluster-admin); the authenticator log maps those calls to
    /// IAM principals. Without them an incident cannot be reconstructed.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_eks_cluster" "main" {
    ///   name     = "main"
    ///   role_arn = aws_iam_role.eks.arn
    ///   vpc_config {
    ///     subnet_ids = aws_subnet.private[*].id
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
    /// ```
    pub struct ControlPlaneLoggingIncomplete {
        id: "AWS-EKS-001",
        slug: "eks-control-plane-logging-incomplete",
        service: "eks",
        category: "logging",
        severity: Medium,
        title: "EKS control-plane logging incomplete",
        types: ["aws_eks_cluster"],
        default_enabled: true,
        covers: [Fsbp "EKS.8", Checkov "CKV_AWS_37", Trivy "AVD-AWS-0038", Kics "eks_cluster_log_disabled", Kics "missing_cluster_log_types"],
        check: Spec::all(&[attr(
            "enabled_cluster_log_types",
            Includes(&["api", "audit", "authenticator", "controllerManager", "scheduler"]),
        )
        .risk("Kubernetes API calls are not all recorded")]),
    }
}
