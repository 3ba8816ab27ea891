use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_efs_file_system_policy` does not allow any principal (`"*"` or `{"AWS": "*"}`)
    /// without a restricting condition (source account, organization, VPC). The policy is read from its
    /// JSON text or an `aws_iam_policy_document` of the plan; one unknown until apply gives Unknown.
    /// Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// An open file system policy grants mount, write or root access to every principal that can
    /// reach a mount target, including other accounts' roles through shared or peered networks.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_efs_file_system_policy" "shared" {
    ///   file_system_id = aws_efs_file_system.shared.id
    ///   policy = jsonencode({
    ///     Version   = "2012-10-17"
    ///     Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "elasticfilesystem:*", Resource = "*" }]
    ///   })
    /// }
    /// ```
    ///
    /// ## Fix
    /// Name the roles that mount the file system in `Principal`, or restrict the statement with a
    /// condition such as `aws:PrincipalOrgID`.
    pub struct PolicyPublic {
        id: "AWS-EFS-006",
        slug: "efs-policy-public",
        service: "efs",
        category: "access-control",
        severity: Medium,
        title: "EFS file system policy open to any principal",
        types: ["aws_efs_file_system_policy"],
        default_enabled: false,
        covers: [Kics "efs_with_vulnerable_policy"],
        check: Spec::all(&[attr("policy", NotPublic).risk("any principal that reaches a mount target may use the file system")]),
    }
}
