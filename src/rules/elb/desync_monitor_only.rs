use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An Application Load Balancer (`aws_lb`/`aws_alb` of type `application`) or a Classic
    /// Load Balancer (`aws_elb`) mitigates HTTP desync: `desync_mitigation_mode` is
    /// `defensive` or `strictest`. Unset, it is `defensive` (AWS default), which passes;
    /// `monitor` fails. Network and Gateway Load Balancers are not judged. Values known only
    /// at apply give Unknown. Off by default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// In `monitor` mode ambiguous requests reach the targets, which opens the door to request
    /// smuggling and cache poisoning.
    ///
    /// ## Example
    /// ```hcl
    /// desync_mitigation_mode = "monitor"
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// desync_mitigation_mode = "defensive"
    /// ```
    pub struct DesyncMonitorOnly {
        id: "AWS-ELB-010",
        slug: "elb-desync-monitor-only",
        service: "elb",
        category: "network",
        severity: Medium,
        title: "Load balancer desync mitigation in monitor mode",
        types: ["aws_lb", "aws_alb", "aws_elb"],
        default_enabled: false,
        covers: [Fsbp "ELB.12" in ["aws_lb", "aws_alb"], Fsbp "ELB.14" in ["aws_elb"], Checkov "CKV_AWS_328"],
        check: Spec::all(&[attr("desync_mitigation_mode", OneOf(&["defensive", "strictest"])).default(Str("defensive")).risk("ambiguous requests reach the targets (request smuggling)")])
            .when(&[attr("load_balancer_type", Is(Str("application"))).default(Str("application")).on(&["aws_lb", "aws_alb"])]),
    }
}
