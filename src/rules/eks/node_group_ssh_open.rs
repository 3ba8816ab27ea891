use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_eks_node_group` whose `remote_access[0].ec2_ssh_key` is set also sets
    /// `remote_access[0].source_security_group_ids`. With a key and no source groups, EKS opens
    /// port 22 on the nodes to `0.0.0.0/0`: it fails. Node groups without SSH access are not
    /// judged; values known only at apply are Unknown. Off by default (medium severity): it
    /// runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// SSH open to the internet on every worker node invites brute force and exploits of the
    /// SSH daemon; a compromised node holds the pods' secrets and the node role's
    /// credentials.
    ///
    /// ## Example
    /// ```hcl
    /// remote_access {
    ///   ec2_ssh_key = aws_key_pair.ops.key_name
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add `source_security_group_ids = [aws_security_group.bastion.id]`, or drop
    /// `remote_access` and use SSM Session Manager.
    pub struct NodeGroupSshOpen {
        id: "AWS-EKS-006",
        slug: "eks-node-group-ssh-open",
        service: "eks",
        category: "network",
        severity: Medium,
        title: "EKS node group SSH open to the internet",
        types: ["aws_eks_node_group"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_100", Kics "eks_node_group_remote_access_disabled"],
        check: Spec::all(&[attr("remote_access.0.source_security_group_ids", Set)
            .risk("EKS opens SSH on the nodes to 0.0.0.0/0")])
        .when(&[attr("remote_access.0.ec2_ssh_key", Set)]),
    }
}
