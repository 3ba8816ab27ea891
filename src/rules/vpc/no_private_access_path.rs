use crate::model::Eff;
use crate::model::Val;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// When the requirements say the network is reached "only through VPN or PrivateLink": the
    /// plan has some private access path — an `aws_vpn_gateway`, `aws_vpn_connection`,
    /// `aws_ec2_client_vpn_endpoint`, or an Interface `aws_vpc_endpoint`. Judged on the stack,
    /// when it has a VPC. Off by default; enable it in tfaudit.toml.
    ///
    /// ## Why it matters
    /// Without one of these, the only way in is over the internet, whatever the design says.
    ///
    /// ## Example
    /// A stack with a VPC, subnets and instances, and no VPN or Interface endpoint.
    ///
    /// ## Fix
    /// Add the access path the requirements name, for example an
    /// `aws_ec2_client_vpn_endpoint`, or Interface endpoints for the services used.
    pub struct NoPrivateAccessPath {
        id: "AWS-VPC-008",
        slug: "no-private-access-path",
        service: "vpc",
        category: "network",
        severity: Medium,
        title: "No private access path (VPN / PrivateLink)",
        types: ["aws_vpn_gateway", "aws_vpn_connection", "aws_ec2_client_vpn_endpoint", "aws_vpc_endpoint"],
        default_enabled: false,
        presence: true,
    }
}

impl Rule for NoPrivateAccessPath {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        if cx.live("aws_vpc").next().is_none() {
            return;
        }
        for t in [
            "aws_vpn_gateway",
            "aws_vpn_connection",
            "aws_ec2_client_vpn_endpoint",
        ] {
            if let Some((_, r)) = cx.live(t).next() {
                let msg = format!("private access through {}", r.address);
                cx.push_stack("", Status::Pass, msg);
                return;
            }
        }
        let mut unknown = None;
        for (_, ep) in cx.live("aws_vpc_endpoint") {
            match cx.stack.eff(ep, "vpc_endpoint_type") {
                Eff::Known(Val::Str(t)) if t.eq_ignore_ascii_case("interface") => {
                    let msg = format!("private access through Interface endpoint {}", ep.address);
                    cx.push_stack("", Status::Pass, msg);
                    return;
                }
                Eff::Known(_) | Eff::NotSet => {}
                _ => unknown = unknown.or(Some(ep.address.clone())),
            }
        }
        match unknown {
            Some(ep) => cx.push_stack(
                "",
                Status::Unknown,
                format!("no VPN or Interface endpoint found, but the type of {ep} is unknown until apply"),
            ),
            None => cx.push_stack(
                "",
                Status::Fail,
                "no VPN gateway, VPN connection, Client VPN endpoint or Interface VPC endpoint in the plan".into(),
            ),
        }
    }
}
