use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_networkfirewall_firewall`, `aws_networkfirewall_firewall_policy` or
    /// `aws_networkfirewall_rule_group` is encrypted with a customer managed KMS key:
    /// `encryption_configuration { type = "CUSTOMER_KMS", key_id = ... }`. Unset, Network Firewall
    /// uses an AWS owned key: Fail. A key unknown until apply gives Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Rules and policies describe what the network allows; with an AWS owned key you cannot restrict
    /// through a key policy who may read them, audit the key's use, or revoke access.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_networkfirewall_rule_group" "deny" {
    ///   capacity = 100
    ///   name     = "deny"
    ///   type     = "STATEFUL"
    ///   rules    = file("deny.rules")
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add `encryption_configuration { type = "CUSTOMER_KMS", key_id = aws_kms_key.nfw.arn }`.
    pub struct NotCustomerKey {
        id: "AWS-NFW-002",
        slug: "network-firewall-without-customer-key",
        service: "networkfirewall",
        category: "encryption",
        severity: Medium,
        title: "Network Firewall without a customer KMS key",
        types: ["aws_networkfirewall_firewall", "aws_networkfirewall_firewall_policy", "aws_networkfirewall_rule_group"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_345", Checkov "CKV_AWS_346"],
        check: Spec::all(&[attr("encryption_configuration.0.key_id", CustomerKey).risk("the configuration is not under a key you control")]),
    }
}
