use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_lb`/`aws_alb` sets `enable_deletion_protection = true`. Unset, AWS's default is
    /// `false`. A value known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// A load balancer is the entry point of a service and its DNS name is baked into records
    /// and clients: deleting it by mistake (a rename that forces replacement, a stray
    /// `terraform destroy`) is an outage, and the new one gets a new name.
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
    ///   enable_deletion_protection = true
    /// }
    /// ```
    pub struct DeletionProtectionOff {
        id: "AWS-ELB-004",
        slug: "load-balancer-deletion-protection-off",
        service: "elb",
        category: "resilience",
        severity: Medium,
        title: "Load balancer deletion protection off",
        types: ["aws_lb", "aws_alb"],
        default_enabled: true,
        covers: [Fsbp "ELB.6", Checkov "CKV_AWS_150", Kics "alb_deletion_protection_disabled"],
        check: Spec::all(&[attr("enable_deletion_protection", Is(Bool(true))).default(Bool(false)).risk("the load balancer can be deleted by any apply")]),
    }
}
