use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_lb_listener`/`aws_alb_listener` whose `protocol` is `HTTP` answers with a redirect
    /// to HTTPS: its (first) `default_action` has `type = "redirect"` and
    /// `redirect.protocol = "HTTPS"`. A `forward`, `fixed-response` or a redirect that keeps the
    /// protocol (`#{protocol}`, the default of `redirect.protocol`) fails. Listeners on other
    /// protocols are not judged. Unset, `protocol` is `HTTP` on an Application Load Balancer
    /// but none on a Gateway Load Balancer, so an unset protocol gives Unknown; values known
    /// only at apply give Unknown too. Listener rules (`aws_lb_listener_rule`) are not read:
    /// the default action decides what a request no rule matches gets.
    ///
    /// ## Why it matters
    /// A plain HTTP listener that forwards serves the application, its cookies and its tokens in
    /// clear text to anyone on the path; redirecting to HTTPS keeps port 80 only as a signpost.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lb_listener" "http" {
    ///   load_balancer_arn = aws_lb.web.arn
    ///   port              = 80
    ///   protocol          = "HTTP"
    ///   default_action {
    ///     type             = "forward"
    ///     target_group_arn = aws_lb_target_group.web.arn
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// default_action {
    ///   type = "redirect"
    ///   redirect {
    ///     port        = "443"
    ///     protocol    = "HTTPS"
    ///     status_code = "HTTP_301"
    ///   }
    /// }
    /// ```
    pub struct HttpListenerNotRedirected {
        id: "AWS-ELB-002",
        slug: "http-listener-not-redirected-to-https",
        service: "elb",
        category: "encryption",
        severity: Critical,
        title: "HTTP listener does not redirect to HTTPS",
        types: ["aws_lb_listener", "aws_alb_listener"],
        default_enabled: true,
        covers: [Fsbp "ELB.1", Checkov "CKV_AWS_2", Checkov "CKV2_AWS_20", Trivy "AVD-AWS-0054", Kics "alb_listening_on_http"],
        check: Spec::all(&[
            attr("default_action.0.type", Is(Str("redirect"))).risk("requests are served over plain HTTP"),
            attr("default_action.0.redirect.0.protocol", Is(Str("HTTPS"))).default(Str("#{protocol}")).risk("the redirect keeps plain HTTP"),
        ])
        .when(&[attr("protocol", OneOf(&["HTTP"])).unset_unknown("the protocol defaults to HTTP on an Application Load Balancer and has none on a Gateway Load Balancer")]),
    }
}
