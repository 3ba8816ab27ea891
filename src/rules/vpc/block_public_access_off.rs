use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_vpc_block_public_access_options` sets `internet_gateway_block_mode` to
    /// `block-bidirectional` or `block-ingress`; `off` fails. The argument is required by the
    /// provider. A value unknown until apply gives Unknown.
    ///
    /// The setting belongs to the account and region: a plan without this resource says nothing
    /// about it, and this rule reports nothing there (AWS's default is `off`). Off by default (medium severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// VPC Block Public Access overrides route tables and security groups: with it on, a mistaken
    /// route to an internet gateway cannot expose a VPC that is not explicitly excluded.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_vpc_block_public_access_options" "this" {
    ///   internet_gateway_block_mode = "off"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_vpc_block_public_access_options" "this" {
    ///   internet_gateway_block_mode = "block-ingress"
    /// }
    /// ```
    pub struct BlockPublicAccessOff {
        id: "AWS-VPC-018",
        slug: "vpc-block-public-access-off",
        service: "vpc",
        category: "network",
        severity: Medium,
        title: "VPC Block Public Access does not block internet gateways",
        types: ["aws_vpc_block_public_access_options"],
        default_enabled: false,
        covers: [Fsbp "EC2.172"],
        check: Spec::all(&[attr("internet_gateway_block_mode", OneOf(&["block-bidirectional", "block-ingress"])).risk("internet gateways of the region's VPCs carry traffic in both directions")]),
    }
}
