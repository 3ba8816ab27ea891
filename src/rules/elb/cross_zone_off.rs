use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// A Classic Load Balancer (`aws_elb`) has `cross_zone_load_balancing = true` (unset:
    /// `true`, the provider's default), and a Network or Gateway Load Balancer (`aws_lb` with
    /// `load_balancer_type` `network` or `gateway`) has `enable_cross_zone_load_balancing =
    /// true` (unset: `false`, the AWS default, which fails). Application Load Balancers always
    /// balance across zones and are not judged. Values known only at apply give Unknown. Off
    /// by default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Without cross-zone balancing each zone's node sends only to its own zone's targets: an
    /// unevenly populated or degraded zone overloads its targets while others idle.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lb" "nlb" {
    ///   load_balancer_type = "network"
    ///   subnets            = var.subnets
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// enable_cross_zone_load_balancing = true
    /// ```
    pub struct CrossZoneOff {
        id: "AWS-ELB-009",
        slug: "elb-cross-zone-off",
        service: "elb",
        category: "resilience",
        severity: Medium,
        title: "Load balancer without cross-zone load balancing",
        types: ["aws_elb", "aws_lb"],
        default_enabled: false,
        covers: [Fsbp "ELB.9" in ["aws_elb"], Checkov "CKV_AWS_138" in ["aws_elb"], Checkov "CKV_AWS_152" in ["aws_lb"]],
        check: Spec::all(&[
            attr("cross_zone_load_balancing", Is(Bool(true))).default(Bool(true)).on(&["aws_elb"]).risk("each zone's traffic stays in that zone"),
            attr("enable_cross_zone_load_balancing", Is(Bool(true))).default(Bool(false)).on(&["aws_lb"]).risk("each zone's traffic stays in that zone"),
        ])
        .when(&[attr("load_balancer_type", OneOf(&["network", "gateway"])).default(Str("application")).on(&["aws_lb"])]),
    }
}
