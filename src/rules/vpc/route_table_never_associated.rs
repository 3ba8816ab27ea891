use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Every `aws_route_table` is associated with a subnet or gateway
    /// (`aws_route_table_association`) or made the main route table
    /// (`aws_main_route_table_association`), found through the configuration across modules.
    /// An association whose `route_table_id` cannot be followed makes the result Unknown.
    ///
    /// ## Why it matters
    /// An unassociated route table does nothing: the subnets it was written for keep using the
    /// main route table, so traffic meant for a NAT gateway, a firewall or a VPC endpoint goes
    /// elsewhere, silently.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_route_table" "private" {
    ///   vpc_id = aws_vpc.main.id
    /// }
    /// # no aws_route_table_association with route_table_id = aws_route_table.private.id
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_route_table_association" "private" {
    ///   subnet_id      = aws_subnet.private.id
    ///   route_table_id = aws_route_table.private.id
    /// }
    /// ```
    pub struct RouteTableNeverAssociated {
        id: "AWS-VPC-006",
        slug: "route-table-never-associated",
        service: "vpc",
        category: "network",
        severity: Medium,
        title: "Route table never associated",
        types: ["aws_route_table", "aws_route_table_association", "aws_main_route_table_association"],
        default_enabled: true,
    }
}

impl Rule for RouteTableNeverAssociated {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_route_table") {
            let (status, msg) = cx.partner_verdict(
                id,
                &[
                    ("aws_route_table_association", "route_table_id"),
                    ("aws_main_route_table_association", "route_table_id"),
                ],
                "associated by",
                "no aws_route_table_association or aws_main_route_table_association points at this route table",
            );
            cx.report(r, "", status, msg);
        }
    }
}
