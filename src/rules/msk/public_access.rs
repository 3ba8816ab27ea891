use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_msk_cluster` keeps public access off:
    /// `broker_node_group_info.connectivity_info.public_access.type` is `DISABLED` (not
    /// `SERVICE_PROVIDED_EIPS`). Unset, it is `DISABLED`. A value known only at apply gives
    /// Unknown, and so does a cluster whose configuration does not write `connectivity_info`:
    /// the plan shows that computed block as unknown, exactly as it shows a `dynamic` block
    /// whose collection is known only at apply (the plan's configuration omits dynamic blocks),
    /// so the two cannot be told apart. Write the block to get a verdict.
    ///
    /// ## Why it matters
    /// With public access each broker gets an internet address: the cluster's security groups
    /// and client authentication are all that stand between the internet and the data.
    ///
    /// ## Example
    /// ```hcl
    /// connectivity_info {
    ///   public_access {
    ///     type = "SERVICE_PROVIDED_EIPS"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove the `public_access` block (or set `type = "DISABLED"`) and reach the cluster
    /// through the VPC, a VPN or multi-VPC private connectivity.
    pub struct PublicAccess {
        id: "AWS-MSK-004",
        slug: "msk-public-access",
        service: "msk",
        category: "network",
        severity: High,
        title: "MSK cluster publicly accessible",
        types: ["aws_msk_cluster"],
        default_enabled: true,
        covers: [Fsbp "MSK.4", Checkov "CKV_AWS_291", Kics "msk_broker_is_publicly_accessible"],
        check: Spec::all(&[attr("broker_node_group_info.0.connectivity_info.0.public_access.0.type", Is(Str("DISABLED"))).default(Str("DISABLED")).risk("brokers get internet addresses")]),
    }
}
