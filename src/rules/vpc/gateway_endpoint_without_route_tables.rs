use crate::model::Eff;
use crate::model::Val;
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// A gateway VPC endpoint (`vpc_endpoint_type` unset or `Gateway`, as for S3 and DynamoDB)
    /// is attached to at least one route table: `route_table_ids` is not empty, or an
    /// `aws_vpc_endpoint_route_table_association` points at it. `route_table_ids` is unknown
    /// in the plan whenever it lists route tables being created; when the configuration
    /// references route tables, they count. A list that cannot be followed (a `local`) is
    /// Unknown.
    ///
    /// ## Why it matters
    /// A gateway endpoint works only through the routes it adds to route tables. Without them,
    /// traffic to S3 or DynamoDB keeps going through the NAT gateway or internet gateway: it
    /// costs more and bypasses the endpoint policy that was meant to confine it.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_vpc_endpoint" "s3" {
    ///   vpc_id       = aws_vpc.main.id
    ///   service_name = "com.amazonaws.us-east-1.s3"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_vpc_endpoint" "s3" {
    ///   vpc_id          = aws_vpc.main.id
    ///   service_name    = "com.amazonaws.us-east-1.s3"
    ///   route_table_ids = [aws_route_table.private.id]
    /// }
    /// ```
    pub struct GatewayEndpointWithoutRouteTables {
        id: "AWS-VPC-003",
        slug: "gateway-endpoint-without-route-tables",
        service: "vpc",
        category: "network",
        severity: High,
        title: "Gateway endpoint with no route tables",
        types: ["aws_vpc_endpoint", "aws_vpc_endpoint_route_table_association"],
        default_enabled: true,
    }
}

impl Rule for GatewayEndpointWithoutRouteTables {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_vpc_endpoint") {
            match cx.stack.eff(r, "vpc_endpoint_type") {
                Eff::Known(Val::Null) | Eff::NotSet => {}
                Eff::Known(Val::Str(t)) if t.eq_ignore_ascii_case("gateway") => {}
                Eff::Known(_) => continue,
                e => {
                    let msg = format!("endpoint type is {}", unknown_reason(&e));
                    cx.report(r, "vpc_endpoint_type", Status::Unknown, msg);
                    continue;
                }
            }
            let assoc = cx.partners(
                id,
                "aws_vpc_endpoint_route_table_association",
                "vpc_endpoint_id",
            );
            let via_assoc = assoc.found.first().map(|e| cx.address(e.from).to_string());
            let rts = cx.stack.eff(r, "route_table_ids");
            let (status, msg) = match (&rts, via_assoc) {
                (Eff::Known(v), _) if !v.is_empty() => (
                    Status::Pass,
                    format!("route tables {}", cx.stack.show(r, "route_table_ids", v)),
                ),
                (Eff::FromResources { reference, .. }, _) => {
                    (Status::Pass, format!("route tables from {reference}"))
                }
                (_, Some(a)) => (Status::Pass, format!("route tables associated by {a}")),
                (Eff::Unresolved(_), None) => (
                    Status::Unknown,
                    format!("route_table_ids is {}", unknown_reason(&rts)),
                ),
                (_, None) => match assoc.unresolved.first() {
                    Some(u) => (
                        Status::Unknown,
                        format!(
                            "no route tables, but the vpc_endpoint_id of {} cannot be followed: {}",
                            cx.address(u.from),
                            u.reason
                        ),
                    ),
                    None => (
                        Status::Fail,
                        "gateway endpoint has no route tables: route_table_ids is empty and no aws_vpc_endpoint_route_table_association points at it".into(),
                    ),
                },
            };
            let prov = cx.stack.provenance(r, "route_table_ids");
            cx.push(r, "route_table_ids", status, msg, prov);
        }
    }
}
