use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_transfer_server` uses a VPC endpoint: `endpoint_type` not `PUBLIC`. Unset, it is
    /// `PUBLIC` (the provider and Transfer Family default): Fail. A value unknown until apply gives
    /// Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// A `PUBLIC` endpoint cannot be restricted with security groups or placed behind Elastic IPs
    /// you control: every address on the internet can try the server's logins.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_transfer_server" "partners" {
    ///   identity_provider_type = "SERVICE_MANAGED"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `endpoint_type = "VPC"` with `endpoint_details` (subnets, security groups and, for
    /// internet access, `address_allocation_ids`).
    pub struct ServerPublic {
        id: "AWS-TRF-002",
        slug: "transfer-server-public",
        service: "transfer",
        category: "network",
        severity: Medium,
        title: "Transfer Family server on a public endpoint",
        types: ["aws_transfer_server"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_164"],
        check: Spec::all(&[attr("endpoint_type", NoneOf(&["PUBLIC"])).default(Str("PUBLIC")).risk("the server is reachable from the whole internet without security groups")]),
    }
}
