use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_cloudfront_distribution`'s default cache behavior attaches a response headers
    /// policy: `default_cache_behavior.response_headers_policy_id` is set (a policy of the
    /// plan or a managed policy ID). Unset, CloudFront adds no security headers (AWS
    /// default), which fails. A value known only at apply gives Unknown. Off by default
    /// (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// A response headers policy is where CloudFront adds HSTS, X-Content-Type-Options,
    /// X-Frame-Options and a content security policy to every response.
    ///
    /// ## Example
    /// A distribution whose `default_cache_behavior` has no `response_headers_policy_id`.
    ///
    /// ## Fix
    /// ```hcl
    /// default_cache_behavior {
    ///   response_headers_policy_id = aws_cloudfront_response_headers_policy.security.id
    /// }
    /// ```
    pub struct NoResponseHeadersPolicy {
        id: "AWS-CF-008",
        slug: "cloudfront-no-response-headers-policy",
        service: "cloudfront",
        category: "network",
        severity: Medium,
        title: "CloudFront distribution without response headers policy",
        types: ["aws_cloudfront_distribution"],
        default_enabled: false,
        covers: [Checkov "CKV2_AWS_32"],
        check: Spec::all(&[attr("default_cache_behavior.0.response_headers_policy_id", Set).risk("responses carry no security headers")]),
    }
}
