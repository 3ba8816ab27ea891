use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// Every `listener` of a Classic Load Balancer (`aws_elb`) terminates TLS:
    /// `lb_protocol` is `HTTPS` or `SSL` (either case). `HTTP` or `TCP` fails. Values known
    /// only at apply give Unknown. Off by default (medium; an HTTP listener that only
    /// redirects is still reported): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Traffic between clients and the load balancer then crosses the network in plaintext:
    /// credentials and session cookies can be read or altered on the way.
    ///
    /// ## Example
    /// ```hcl
    /// listener {
    ///   lb_port           = 80
    ///   lb_protocol       = "http"
    ///   instance_port     = 8080
    ///   instance_protocol = "http"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// listener {
    ///   lb_port            = 443
    ///   lb_protocol        = "https"
    ///   instance_port      = 8080
    ///   instance_protocol  = "http"
    ///   ssl_certificate_id = aws_acm_certificate.web.arn
    /// }
    /// ```
    pub struct ClassicListenerNotTls {
        id: "AWS-ELB-008",
        slug: "elb-classic-listener-not-tls",
        service: "elb",
        category: "encryption",
        severity: Medium,
        title: "Classic Load Balancer listener without HTTPS or TLS",
        types: ["aws_elb"],
        default_enabled: false,
        covers: [Fsbp "ELB.3", Checkov "CKV_AWS_376"],
        check: Spec::all(&[attr("listener.*.lb_protocol", OneOf(&["https", "HTTPS", "ssl", "SSL"])).risk("clients talk to the load balancer in plaintext")]),
    }
}
