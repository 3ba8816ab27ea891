use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_networkfirewall_firewall_policy` drops or forwards to the stateful engine the
    /// packets no stateless rule matches: neither `firewall_policy.stateless_default_actions` (full
    /// packets) nor `stateless_fragment_default_actions` (fragments) contains `aws:pass`. Both
    /// arguments are required. A value unknown until apply gives Unknown. (Rule groups present and not
    /// empty, NetworkFirewall.3 and .6, are not judged.) Off by default (medium severity): it runs
    /// under `--profile strict`.
    ///
    /// ## Why it matters
    /// `aws:pass` lets every packet that no stateless rule names through without stateful
    /// inspection: the firewall's stateful rules, domain lists and alerts never see that traffic.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_networkfirewall_firewall_policy" "egress" {
    ///   name = "egress"
    ///   firewall_policy {
    ///     stateless_default_actions          = ["aws:pass"]
    ///     stateless_fragment_default_actions = ["aws:pass"]
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Use `["aws:forward_to_sfe"]` (or `["aws:drop"]`) for both default actions.
    pub struct PolicyPassesByDefault {
        id: "AWS-NFW-004",
        slug: "network-firewall-policy-passes-by-default",
        service: "networkfirewall",
        category: "network",
        severity: Medium,
        title: "Network Firewall policy passes unmatched packets",
        types: ["aws_networkfirewall_firewall_policy"],
        default_enabled: false,
        covers: [Fsbp "NetworkFirewall.4", Fsbp "NetworkFirewall.5"],
        check: Spec::all(&[attr("firewall_policy.0.stateless_default_actions", Excludes(&["aws:pass"])).risk("full packets no stateless rule matches skip inspection"), attr("firewall_policy.0.stateless_fragment_default_actions", Excludes(&["aws:pass"])).risk("fragmented packets no stateless rule matches skip inspection")]),
    }
}
