use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_cloudfront_response_headers_policy` sets Strict-Transport-Security:
    /// `security_headers_config.strict_transport_security` is present. Without it the policy
    /// adds no HSTS header, which fails. Values known only at apply give Unknown. Off by
    /// default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// HSTS tells browsers to use HTTPS only: without it the first request of a visit can be
    /// downgraded to HTTP and intercepted.
    ///
    /// ## Example
    /// ```hcl
    /// security_headers_config {
    ///   content_type_options {
    ///     override = true
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// security_headers_config {
    ///   strict_transport_security {
    ///     access_control_max_age_sec = 31536000
    ///     include_subdomains         = true
    ///     override                   = true
    ///   }
    /// }
    /// ```
    pub struct HeadersPolicyWithoutHsts {
        id: "AWS-CF-009",
        slug: "cloudfront-headers-policy-without-hsts",
        service: "cloudfront",
        category: "network",
        severity: Medium,
        title: "CloudFront response headers policy without HSTS",
        types: ["aws_cloudfront_response_headers_policy"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_259"],
        check: Spec::all(&[attr("security_headers_config.0.strict_transport_security", Set).risk("browsers are not told to insist on HTTPS")]),
    }
}
