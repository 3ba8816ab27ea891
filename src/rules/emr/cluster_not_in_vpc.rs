use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_emr_cluster` names a subnet: `ec2_attributes[0].subnet_id` or
    /// `ec2_attributes[0].subnet_ids` is set (a subnet of the plan counts). Unset, EMR
    /// launches the cluster in a subnet of the account's default VPC: it fails. Values known only at apply are Unknown. Off by default (low severity): it runs
    /// under `--profile strict`.
    ///
    /// ## Why it matters
    /// A subnet you choose puts the cluster behind your VPC's routing, network ACLs and
    /// endpoints; the default VPC's subnets are public.
    ///
    /// ## Example
    /// ```hcl
    /// ec2_attributes {
    ///   instance_profile = aws_iam_instance_profile.emr.arn
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add `subnet_id = aws_subnet.private.id` to `ec2_attributes`.
    pub struct ClusterNotInVpc {
        id: "AWS-EMR-006",
        slug: "emr-cluster-not-in-vpc",
        service: "emr",
        category: "network",
        severity: Low,
        title: "EMR cluster without a VPC subnet",
        types: ["aws_emr_cluster"],
        default_enabled: false,
        covers: [Kics "emr_without_vpc"],
        check: Spec::any(&[
            attr("ec2_attributes.0.subnet_id", Set)
                .risk("the cluster runs outside a subnet you chose"),
            attr("ec2_attributes.0.subnet_ids", Set),
        ]),
    }
}
