use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_connect_instance` sends flow logs to CloudWatch: `contact_flow_logs_enabled = true`.
    /// Unset, it is false (the provider and Amazon Connect default): Fail. A value unknown until apply
    /// gives Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Flow logs record each step a contact took through the flows; without them, misrouted calls,
    /// failed Lambda invocations or abuse of the contact center leave no trace.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_connect_instance" "support" {
    ///   identity_management_type = "CONNECT_MANAGED"
    ///   inbound_calls_enabled    = true
    ///   instance_alias           = "support"
    ///   outbound_calls_enabled   = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `contact_flow_logs_enabled = true`.
    pub struct FlowLogsOff {
        id: "AWS-CONNECT-001",
        slug: "connect-flow-logs-off",
        service: "connect",
        category: "logging",
        severity: Medium,
        title: "Connect instance flow logs off",
        types: ["aws_connect_instance"],
        default_enabled: false,
        covers: [Fsbp "Connect.2"],
        check: Spec::all(&[attr("contact_flow_logs_enabled", Is(Bool(true))).default(Bool(false)).risk("what flows did with each contact is not recorded")]),
    }
}
