use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An Application Load Balancer (`aws_lb`/`aws_alb` whose `load_balancer_type` is
    /// `application`, the default when unset) sets `drop_invalid_header_fields = true`. Unset,
    /// AWS's default is `false`: headers with invalid names are passed to the targets. Network
    /// and Gateway Load Balancers are not judged; a type or value known only at apply gives
    /// Unknown.
    ///
    /// ## Why it matters
    /// Header names that do not match `[-A-Za-z0-9]+` are the raw material of HTTP request
    /// smuggling and desync attacks between the load balancer and a target that parses headers
    /// differently.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lb" "web" {
    ///   name    = "web"
    ///   subnets = var.public_subnets
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_lb" "web" {
    ///   name                       = "web"
    ///   subnets                    = var.public_subnets
    ///   drop_invalid_header_fields = true
    /// }
    /// ```
    pub struct DropInvalidHeadersOff {
        id: "AWS-ELB-001",
        slug: "alb-keeps-invalid-headers",
        service: "elb",
        category: "network",
        severity: High,
        title: "ALB does not drop invalid header fields",
        types: ["aws_lb", "aws_alb"],
        default_enabled: true,
        covers: [Fsbp "ELB.4", Checkov "CKV_AWS_131", Trivy "AVD-AWS-0052", Kics "alb_not_dropping_invalid_headers"],
        check: Spec::all(&[attr("drop_invalid_header_fields", Is(Bool(true))).default(Bool(false)).risk("headers with invalid names reach the targets")])
            .when(&[attr("load_balancer_type", OneOf(&["application"])).default(Str("application"))]),
    }
}
