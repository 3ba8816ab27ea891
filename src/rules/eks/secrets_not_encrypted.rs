use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_eks_cluster` has an `encryption_config` whose `resources` include `secrets`
    /// (envelope encryption of Kubernetes secrets with the KMS key in `provider.key_arn`).
    /// Unset, it fails: since Kubernetes 1.28 EKS encrypts API data with a key AWS owns, which
    /// you cannot audit, restrict or revoke. A value known only at apply is Unknown.
    ///
    /// ## Why it matters
    /// Kubernetes secrets (service account tokens, database passwords) are stored in etcd; with
    /// a KMS key of yours, reading them from a backup or snapshot needs the key too, and
    /// CloudTrail records every decryption.
    ///
    /// ## Example
    /// A cluster without an `encryption_config` block.
    ///
    /// ## Fix
    /// ```hcl
    /// encryption_config {
    ///   resources = ["secrets"]
    ///   provider {
    ///     key_arn = aws_kms_key.eks.arn
    ///   }
    /// }
    /// ```
    pub struct SecretsNotEncrypted {
        id: "AWS-EKS-004",
        slug: "eks-secrets-not-encrypted",
        service: "eks",
        category: "encryption",
        severity: High,
        title: "EKS secrets not envelope-encrypted with KMS",
        types: ["aws_eks_cluster"],
        default_enabled: true,
        covers: [Fsbp "EKS.3", Checkov "CKV_AWS_58", Trivy "AVD-AWS-0039", Kics "eks_cluster_encryption_disabled"],
        check: Spec::all(&[attr("encryption_config.0.resources", Includes(&["secrets"]))
            .risk("Kubernetes secrets are not encrypted with a KMS key you control")]),
    }
}
