use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_vpn_connection` sends the logs of both tunnels to CloudWatch Logs:
    /// `tunnel1_log_options` and `tunnel2_log_options` each with
    /// `cloudwatch_log_options { log_enabled = true }`. Unset, `log_enabled` defaults to `false` and
    /// fails. A value unknown until apply gives Unknown.
    ///
    /// Off by default (medium severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Tunnel logs show IKE negotiation, dead peer detection and routing events: without them an
    /// outage or a tampered tunnel cannot be diagnosed or investigated.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_vpn_connection" "office" {
    ///   vpn_gateway_id      = aws_vpn_gateway.main.id
    ///   customer_gateway_id = aws_customer_gateway.office.id
    ///   type                = "ipsec.1"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    ///   tunnel1_log_options {
    ///     cloudwatch_log_options {
    ///       log_enabled       = true
    ///       log_group_arn     = aws_cloudwatch_log_group.vpn.arn
    ///     }
    ///   }
    ///   tunnel2_log_options {
    ///     cloudwatch_log_options {
    ///       log_enabled       = true
    ///       log_group_arn     = aws_cloudwatch_log_group.vpn.arn
    ///     }
    ///   }
    /// ```
    pub struct VpnTunnelLoggingOff {
        id: "AWS-EC2-019",
        slug: "vpn-tunnel-logging-off",
        service: "ec2",
        category: "logging",
        severity: Medium,
        title: "Site-to-Site VPN tunnel logging off",
        types: ["aws_vpn_connection"],
        default_enabled: false,
        covers: [Fsbp "EC2.171"],
        check: Spec::all(&[attr("tunnel1_log_options.0.cloudwatch_log_options.0.log_enabled", Is(Bool(true))).default(Bool(false)).risk("tunnel 1 events (IKE, DPD, BGP) are not logged"), attr("tunnel2_log_options.0.cloudwatch_log_options.0.log_enabled", Is(Bool(true))).default(Bool(false)).risk("tunnel 2 events (IKE, DPD, BGP) are not logged")]),
    }
}
