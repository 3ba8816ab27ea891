use crate::rules::{declare_rule, tri_bool, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_subnet` does not set `map_public_ip_on_launch = true`. Unset, AWS's default for a
    /// subnet you create is `false`: instances get a public IPv4 address only when they ask
    /// for one. The value is judged after variables and modules; a value unknown until apply
    /// gives Unknown.
    ///
    /// ## Why it matters
    /// Every instance, ENI-based service or container launched in such a subnet gets an
    /// internet-routable address without anyone asking for it, so a security group mistake is
    /// all it takes to expose it. Public IPv4 addresses are also billed per hour.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_subnet" "public" {
    ///   vpc_id                  = aws_vpc.main.id
    ///   cidr_block              = "10.0.1.0/24"
    ///   map_public_ip_on_launch = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `map_public_ip_on_launch` (or set it to `false`) and give public addresses only
    /// to what must be reachable: an Elastic IP, `associate_public_ip_address` on that
    /// instance, or better a load balancer in front of private instances.
    pub struct SubnetAutoAssignsPublicIp {
        id: "AWS-VPC-011",
        slug: "subnet-auto-assigns-public-ip",
        service: "vpc",
        category: "network",
        severity: High,
        title: "Subnet auto-assigns public IPs",
        types: ["aws_subnet"],
        default_enabled: true,
        covers: [Fsbp "EC2.15", Checkov "CKV_AWS_130", Trivy "AVD-AWS-0164", Kics "vpc_subnet_assigns_public_ip"],
    }
}

impl Rule for SubnetAutoAssignsPublicIp {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        const ATTR: &str = "map_public_ip_on_launch";
        for (_, r) in cx.live("aws_subnet") {
            let e = cx.stack.eff(r, ATTR);
            match tri_bool(&e, false) {
                Some(true) => {
                    let prov = cx.stack.provenance(r, ATTR);
                    cx.push(
                        r,
                        ATTR,
                        Status::Fail,
                        "map_public_ip_on_launch is true: instances launched here get a public \
                         IPv4 address"
                            .into(),
                        prov,
                    );
                }
                Some(false) => cx.report(
                    r,
                    ATTR,
                    Status::Pass,
                    "map_public_ip_on_launch is false (AWS's default)".into(),
                ),
                None => cx.report(
                    r,
                    ATTR,
                    Status::Unknown,
                    format!("map_public_ip_on_launch is {}", unknown_reason(&e)),
                ),
            };
        }
    }
}
