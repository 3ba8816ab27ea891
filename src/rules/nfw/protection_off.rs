use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_networkfirewall_firewall` has `delete_protection = true` and
    /// `subnet_change_protection = true`. Unset, each is false (the provider and Network Firewall
    /// default): Fail. A value unknown until apply gives Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Without these protections a mistaken `terraform destroy` or one API call removes the firewall
    /// or its subnet mappings, and traffic flows uninspected or stops.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_networkfirewall_firewall" "egress" {
    ///   name                = "egress"
    ///   firewall_policy_arn = aws_networkfirewall_firewall_policy.egress.arn
    ///   vpc_id              = aws_vpc.main.id
    ///   subnet_mapping {
    ///     subnet_id = aws_subnet.firewall.id
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `delete_protection = true` and `subnet_change_protection = true`.
    pub struct ProtectionOff {
        id: "AWS-NFW-001",
        slug: "network-firewall-protection-off",
        service: "networkfirewall",
        category: "resilience",
        severity: Medium,
        title: "Network Firewall deletion or subnet change protection off",
        types: ["aws_networkfirewall_firewall"],
        default_enabled: false,
        covers: [Fsbp "NetworkFirewall.9", Fsbp "NetworkFirewall.10", Checkov "CKV_AWS_344"],
        check: Spec::all(&[attr("delete_protection", Is(Bool(true))).default(Bool(false)).risk("one API call removes the firewall and the traffic inspection"), attr("subnet_change_protection", Is(Bool(true))).default(Bool(false)).risk("the firewall endpoints can be moved out of the traffic path")]),
    }
}
