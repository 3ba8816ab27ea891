use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_network_interface` and `aws_instance` keep `source_dest_check` on. Unset, AWS's default
    /// is `true` and passes; `false` fails. A value unknown until apply gives Unknown.
    ///
    /// Off by default (medium severity): run it with `--profile strict`. NAT instances, firewalls and other routing appliances must
    /// turn the check off: they fail by design.
    ///
    /// ## Why it matters
    /// With the check off, the interface accepts and sends traffic whose source or destination is
    /// not its own address, so a compromised instance can route, spoof or intercept traffic for
    /// others in the VPC.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_network_interface" "app" {
    ///   subnet_id         = aws_subnet.private.id
    ///   source_dest_check = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `source_dest_check = false` (or set it to `true`) on everything that is not a
    /// routing appliance.
    pub struct SourceDestCheckDisabled {
        id: "AWS-EC2-020",
        slug: "source-dest-check-disabled",
        service: "ec2",
        category: "network",
        severity: Medium,
        title: "Source/destination check disabled",
        types: ["aws_network_interface", "aws_instance"],
        default_enabled: false,
        covers: [Fsbp "EC2.180" in ["aws_network_interface"]],
        check: Spec::all(&[attr("source_dest_check", Is(Bool(true))).default(Bool(true)).risk("the interface forwards traffic that is neither from nor to it")]),
    }
}
