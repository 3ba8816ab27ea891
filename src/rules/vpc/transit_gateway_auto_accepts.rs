use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_ec2_transit_gateway` has `auto_accept_shared_attachments = "disable"`. Unset, AWS's
    /// default is `disable` and the gateway passes; `"enable"` fails. A value unknown until
    /// apply (from a resource created in the same plan) is Unknown.
    ///
    /// ## Why it matters
    /// A transit gateway shared through AWS RAM that accepts attachments automatically lets any
    /// account it is shared with attach a VPC and route traffic into every network the gateway
    /// connects, without review by the gateway's owner.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ec2_transit_gateway" "hub" {
    ///   auto_accept_shared_attachments = "enable"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_ec2_transit_gateway" "hub" {
    ///   auto_accept_shared_attachments = "disable"
    /// }
    /// ```
    /// and accept each attachment with `aws_ec2_transit_gateway_vpc_attachment_accepter`.
    pub struct TransitGatewayAutoAccepts {
        id: "AWS-VPC-013",
        slug: "transit-gateway-auto-accepts-attachments",
        service: "vpc",
        category: "network",
        severity: High,
        title: "Transit gateway auto-accepts shared attachments",
        types: ["aws_ec2_transit_gateway"],
        default_enabled: true,
        covers: [Fsbp "EC2.23", Checkov "CKV_AWS_331"],
        check: Spec::all(&[attr("auto_accept_shared_attachments", Is(Str("disable"))).default(Str("disable")).risk("accounts it is shared with attach VPCs without review")]),
    }
}
