use crate::model::Resource;
use crate::rules::{declare_rule, tri_bool, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An Interface `aws_vpc_endpoint` with `private_dns_enabled = true` sits in a VPC with both
    /// DNS attributes on. Its `vpc_id` is followed to the `aws_vpc` (or `aws_default_vpc`) of the
    /// plan: `enable_dns_support` (AWS default `true`) and `enable_dns_hostnames` (AWS default
    /// `false` for an `aws_vpc`, `true` for the default VPC) must both be true; either false
    /// fails. Endpoints of type Gateway (the default `vpc_endpoint_type`) or
    /// GatewayLoadBalancer, and endpoints without private DNS (`private_dns_enabled` defaults to
    /// `false`), are not judged. A VPC outside the plan, a `vpc_id` that cannot be followed, or
    /// a value unknown until apply gives Unknown.
    ///
    /// Off by default (low severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Private DNS for an interface endpoint needs the VPC's Amazon DNS server and DNS hostnames:
    /// without them, AWS refuses to enable it or the service's public name keeps resolving to
    /// public addresses, so traffic leaves the VPC instead of going through the endpoint.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_vpc" "main" {
    ///   cidr_block = "10.0.0.0/16"
    /// }
    ///
    /// resource "aws_vpc_endpoint" "sqs" {
    ///   vpc_id              = aws_vpc.main.id
    ///   service_name        = "com.amazonaws.us-east-1.sqs"
    ///   vpc_endpoint_type   = "Interface"
    ///   private_dns_enabled = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_vpc" "main" {
    ///   cidr_block           = "10.0.0.0/16"
    ///   enable_dns_support   = true
    ///   enable_dns_hostnames = true
    /// }
    /// ```
    pub struct EndpointPrivateDnsWithoutVpcDns {
        id: "AWS-VPC-020",
        slug: "endpoint-private-dns-without-vpc-dns",
        service: "vpc",
        category: "network",
        severity: Low,
        title: "Interface endpoint private DNS in a VPC without DNS support",
        types: ["aws_vpc_endpoint"],
        default_enabled: false,
        covers: [Kics "sqs_vpc_endpoint_without_dns_resolution"],
    }
}

fn judge(cx: &Cx, r: &Resource) -> Option<(&'static str, Status, String)> {
    let ty = cx.stack.eff(r, "vpc_endpoint_type");
    match ty.clone_known().as_deref() {
        Some("Interface") => {}
        Some(_) => return None,
        None if matches!(ty, crate::model::Eff::NotSet) => return None,
        None => {
            return Some((
                "vpc_endpoint_type",
                Status::Unknown,
                format!("vpc_endpoint_type is {}", unknown_reason(&ty)),
            ))
        }
    }
    let dns = cx.stack.eff(r, "private_dns_enabled");
    match tri_bool(&dns, false) {
        Some(false) => return None,
        Some(true) => {}
        None => {
            return Some((
                "private_dns_enabled",
                Status::Unknown,
                format!("private_dns_enabled is {}", unknown_reason(&dns)),
            ))
        }
    }
    let t = cx.targets(r, "vpc_id");
    let vpc = t
        .ids
        .iter()
        .map(|&i| &cx.stack.resources[i])
        .find(|v| matches!(v.rtype, "aws_vpc" | "aws_default_vpc"));
    let Some(vpc) = vpc else {
        let why = match (t.unresolved, t.external.first()) {
            (Some(why), _) => format!("vpc_id cannot be followed: {why}"),
            (None, Some(x)) => format!("VPC {x} is not in the plan"),
            (None, None) => "the VPC is not in the plan".to_string(),
        };
        return Some(("vpc_id", Status::Unknown, why));
    };
    let hostnames_default = vpc.rtype == "aws_default_vpc";
    let mut open = None;
    for (attr, default) in [
        ("enable_dns_support", true),
        ("enable_dns_hostnames", hostnames_default),
    ] {
        let e = cx.stack.eff(vpc, attr);
        match tri_bool(&e, default) {
            Some(true) => {}
            Some(false) => {
                return Some((
                    "vpc_id",
                    Status::Fail,
                    format!(
                        "private DNS is enabled, but {} has {attr} false{}",
                        vpc.address,
                        if matches!(e, crate::model::Eff::NotSet) {
                            " (AWS default)"
                        } else {
                            ""
                        }
                    ),
                ))
            }
            None => {
                open.get_or_insert(format!(
                    "{attr} of {} is {}",
                    vpc.address,
                    unknown_reason(&e)
                ));
            }
        }
    }
    Some(match open {
        Some(why) => ("vpc_id", Status::Unknown, why),
        None => (
            "vpc_id",
            Status::Pass,
            format!("{} has DNS support and DNS hostnames on", vpc.address),
        ),
    })
}

impl Rule for EndpointPrivateDnsWithoutVpcDns {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_vpc_endpoint") {
            if let Some((attr, status, msg)) = judge(cx, r) {
                let prov = cx.stack.provenance(r, attr);
                cx.push(r, attr, status, msg, prov);
            }
        }
    }
}
