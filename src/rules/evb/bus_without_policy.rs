use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// A custom event bus (`aws_cloudwatch_event_bus`) has a resource policy: an
    /// `aws_cloudwatch_event_bus_policy` of the plan names it in `event_bus_name`. None fails;
    /// a policy whose `event_bus_name` cannot be followed gives Unknown. Off by default (low):
    /// run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// A resource policy states which accounts and services may put events on the bus; without
    /// one, cross-account delivery is impossible and nothing documents who is allowed to
    /// publish.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_cloudwatch_event_bus" "orders" {
    ///   name = "orders"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_event_bus_policy" "orders" {
    ///   event_bus_name = aws_cloudwatch_event_bus.orders.name
    ///   policy         = data.aws_iam_policy_document.orders_bus.json
    /// }
    /// ```
    pub struct BusWithoutPolicy {
        id: "AWS-EVB-001",
        slug: "eventbridge-bus-without-policy",
        service: "eventbridge",
        category: "access-control",
        severity: Low,
        title: "EventBridge custom bus without resource policy",
        types: ["aws_cloudwatch_event_bus", "aws_cloudwatch_event_bus_policy"],
        default_enabled: false,
        covers: [Fsbp "EventBridge.3"],
    }
}

impl Rule for BusWithoutPolicy {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_cloudwatch_event_bus") {
            let (status, msg) = cx.partner_verdict(
                id,
                &[("aws_cloudwatch_event_bus_policy", "event_bus_name")],
                "policy set by",
                "no aws_cloudwatch_event_bus_policy names the bus",
            );
            cx.report(r, "", status, msg);
        }
    }
}
