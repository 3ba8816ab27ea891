use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// Load balancers write access logs. `aws_lb`/`aws_alb` (Application and Network Load
    /// Balancers; Gateway Load Balancers have no access logs and are not judged): an
    /// `access_logs` block with `enabled = true` (unset, `enabled` is `false` even when a
    /// bucket is named). Classic `aws_elb`: an `access_logs` block with a `bucket` (its
    /// `enabled` defaults to `true`, and must not be `false`). Values known only at apply give
    /// Unknown; a bucket created in the same plan counts as set.
    ///
    /// ## Why it matters
    /// Access logs are the record of who called what through the load balancer: client IPs,
    /// paths, TLS versions, response codes. Without them an incident has no request history.
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
    /// access_logs {
    ///   bucket  = aws_s3_bucket.lb_logs.id
    ///   enabled = true
    /// }
    /// ```
    pub struct AccessLogsOff {
        id: "AWS-ELB-003",
        slug: "load-balancer-access-logs-off",
        service: "elb",
        category: "logging",
        severity: Medium,
        title: "Load balancer access logs off",
        types: ["aws_lb", "aws_alb", "aws_elb"],
        default_enabled: true,
        covers: [Fsbp "ELB.5", Checkov "CKV_AWS_91" in ["aws_lb", "aws_alb"], Checkov "CKV_AWS_92" in ["aws_elb"], Kics "elb_access_logging_disabled" in ["aws_elb"]],
        check: Spec::all(&[
            attr("access_logs.0.enabled", Is(Bool(true))).default(Bool(false)).on(&["aws_lb", "aws_alb"]).risk("requests are not logged"),
            attr("access_logs.0.bucket", Set).on(&["aws_elb"]),
            attr("access_logs.0.enabled", Is(Bool(true))).default(Bool(true)).on(&["aws_elb"]).risk("requests are not logged"),
        ])
        .when(&[attr("load_balancer_type", NoneOf(&["gateway"])).default(Str("application")).on(&["aws_lb", "aws_alb"])]),
    }
}
