use crate::model::Eff;
use crate::model::Val;
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_nat_gateway` with `connectivity_type = "public"` (the default) has an
    /// `allocation_id`: an Elastic IP. Only a value the plan knows to be null fails; an ID that
    /// comes from an `aws_eip` being created counts as set.
    ///
    /// ## Why it matters
    /// A public NAT gateway needs an Elastic IP; without one the apply fails, or, where the
    /// gateway is created by other means, private subnets lose their way out to the internet
    /// and to AWS APIs without endpoints.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_nat_gateway" "main" {
    ///   subnet_id = aws_subnet.public.id
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_nat_gateway" "main" {
    ///   subnet_id     = aws_subnet.public.id
    ///   allocation_id = aws_eip.nat.id
    /// }
    /// ```
    pub struct PublicNatWithoutEip {
        id: "AWS-VPC-007",
        slug: "public-nat-gateway-without-eip",
        service: "vpc",
        category: "network",
        severity: High,
        title: "Public NAT gateway without EIP",
        types: ["aws_nat_gateway"],
        default_enabled: true,
    }
}

impl Rule for PublicNatWithoutEip {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_nat_gateway") {
            match cx.stack.eff(r, "connectivity_type") {
                Eff::Known(Val::Str(t)) if t.as_ref() != "public" => continue,
                Eff::Known(_) | Eff::NotSet => {}
                e => {
                    let msg = format!("connectivity_type is {}", unknown_reason(&e));
                    cx.report(r, "connectivity_type", Status::Unknown, msg);
                    continue;
                }
            }
            let e = cx.stack.eff(r, "allocation_id");
            let (status, msg) = match &e {
                Eff::Known(v) if !v.is_empty() => {
                    (Status::Pass, "Elastic IP allocated".to_string())
                }
                Eff::FromResources { reference, .. } => {
                    (Status::Pass, format!("Elastic IP from {reference}"))
                }
                Eff::Known(_) | Eff::NotSet => (
                    Status::Fail,
                    "public NAT gateway has no allocation_id (Elastic IP)".to_string(),
                ),
                Eff::Unresolved(_) => (
                    Status::Unknown,
                    format!("allocation_id is {}", unknown_reason(&e)),
                ),
            };
            cx.report(r, "allocation_id", status, msg);
        }
    }
}
