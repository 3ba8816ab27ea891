use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// A Classic Load Balancer (`aws_elb`) drains connections: `connection_draining` is
    /// `true`. Unset, it is `false` (AWS default for load balancers created through the API),
    /// which fails. A value known only at apply gives Unknown. Off by default (medium): run it
    /// with `--profile strict`.
    ///
    /// ## Why it matters
    /// Without draining, requests in flight to an instance being deregistered or failing its
    /// health check are cut off.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_elb" "web" {
    ///   name               = "web"
    ///   availability_zones = ["us-east-1a", "us-east-1b"]
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// connection_draining         = true
    /// connection_draining_timeout = 300
    /// ```
    pub struct ClassicConnectionDrainingOff {
        id: "AWS-ELB-007",
        slug: "elb-classic-connection-draining-off",
        service: "elb",
        category: "resilience",
        severity: Medium,
        title: "Classic Load Balancer without connection draining",
        types: ["aws_elb"],
        default_enabled: false,
        covers: [Fsbp "ELB.7"],
        check: Spec::all(&[attr("connection_draining", Is(Bool(true))).default(Bool(false)).risk("requests in flight are cut off when an instance leaves")]),
    }
}
