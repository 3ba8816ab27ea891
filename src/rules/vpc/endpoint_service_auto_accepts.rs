use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_vpc_endpoint_service` has `acceptance_required = true`. The argument is required by the
    /// provider, so there is no default: `false` fails. A value unknown until apply gives Unknown.
    ///
    /// Off by default (medium severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Without manual acceptance, every principal in `allowed_principals` (possibly `*`) connects to
    /// the service as soon as it creates an endpoint, with no review of who is connecting.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_vpc_endpoint_service" "api" {
    ///   acceptance_required        = false
    ///   network_load_balancer_arns = [aws_lb.api.arn]
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_vpc_endpoint_service" "api" {
    ///   acceptance_required        = true
    ///   network_load_balancer_arns = [aws_lb.api.arn]
    /// }
    /// ```
    pub struct EndpointServiceAutoAccepts {
        id: "AWS-VPC-017",
        slug: "vpc-endpoint-service-auto-accepts",
        service: "vpc",
        category: "network",
        severity: Medium,
        title: "Endpoint service accepts connections without approval",
        types: ["aws_vpc_endpoint_service"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_123"],
        check: Spec::all(&[attr("acceptance_required", Is(Bool(true))).risk("any allowed principal connects to the service without approval")]),
    }
}
