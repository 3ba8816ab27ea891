use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Every `aws_networkfirewall_firewall` is the `firewall_arn` of an
    /// `aws_networkfirewall_logging_configuration` of the plan (followed across modules). None:
    /// Fail; a reference that cannot be resolved at plan time gives Unknown. A logging
    /// configuration managed outside this plan is not seen. Off by default (medium severity): it
    /// runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Without flow and alert logs, what the firewall passed or dropped is invisible: an
    /// intrusion, a data exfiltration or a rule that blocks legitimate traffic cannot be
    /// investigated.
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
    /// ```hcl
    /// resource "aws_networkfirewall_logging_configuration" "egress" {
    ///   firewall_arn = aws_networkfirewall_firewall.egress.arn
    ///   logging_configuration {
    ///     log_destination_config {
    ///       log_destination      = { logGroup = aws_cloudwatch_log_group.nfw.name }
    ///       log_destination_type = "CloudWatchLogs"
    ///       log_type             = "ALERT"
    ///     }
    ///   }
    /// }
    /// ```
    pub struct FirewallWithoutLogging {
        id: "AWS-NFW-003",
        slug: "network-firewall-without-logging",
        service: "networkfirewall",
        category: "logging",
        severity: Medium,
        title: "Network Firewall without logging",
        types: ["aws_networkfirewall_firewall", "aws_networkfirewall_logging_configuration"],
        default_enabled: false,
        covers: [Fsbp "NetworkFirewall.2", Checkov "CKV2_AWS_63"],
    }
}

impl Rule for FirewallWithoutLogging {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_networkfirewall_firewall") {
            let (status, msg) = cx.partner_verdict(
                id,
                &[("aws_networkfirewall_logging_configuration", "firewall_arn")],
                "logged by",
                "no aws_networkfirewall_logging_configuration for this firewall",
            );
            cx.report(r, "", status, msg);
        }
    }
}
