use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_ec2_client_vpn_endpoint` has `connection_log_options { enabled = true }`. The block and
    /// its `enabled` argument are required by the provider, so there is no AWS default to fall back
    /// on: `false` fails. A value unknown until apply gives Unknown.
    ///
    /// Off by default (low severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Connection logs record each connection attempt, its client and its outcome: without them a
    /// compromised VPN credential leaves no trace to investigate.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ec2_client_vpn_endpoint" "vpn" {
    ///   server_certificate_arn = aws_acm_certificate.server.arn
    ///   client_cidr_block      = "10.100.0.0/16"
    ///   authentication_options {
    ///     type                       = "certificate-authentication"
    ///     root_certificate_chain_arn = aws_acm_certificate.root.arn
    ///   }
    ///   connection_log_options {
    ///     enabled = false
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    ///   connection_log_options {
    ///     enabled              = true
    ///     cloudwatch_log_group = aws_cloudwatch_log_group.vpn.name
    ///   }
    /// ```
    pub struct ClientVpnConnectionLoggingOff {
        id: "AWS-EC2-018",
        slug: "client-vpn-connection-logging-off",
        service: "ec2",
        category: "logging",
        severity: Low,
        title: "Client VPN connection logging off",
        types: ["aws_ec2_client_vpn_endpoint"],
        default_enabled: false,
        covers: [Fsbp "EC2.51"],
        check: Spec::all(&[attr("connection_log_options.0.enabled", Is(Bool(true))).risk("who connected to the VPN, from where and when is not recorded")]),
    }
}
