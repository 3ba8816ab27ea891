use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// Every cache behaviour of an `aws_cloudfront_distribution` — the
    /// `default_cache_behavior` and each `ordered_cache_behavior` — has
    /// `viewer_protocol_policy` `redirect-to-https` or `https-only`; `allow-all` fails. The
    /// attribute is required, so there is no default; a value known only at apply, or ordered
    /// behaviours from a `dynamic` block whose count is unknown, give Unknown.
    ///
    /// ## Why it matters
    /// With `allow-all` viewers can fetch the content, send cookies and authorization headers
    /// over plain HTTP, where anyone on the path reads or rewrites them.
    ///
    /// ## Example
    /// ```hcl
    /// ordered_cache_behavior {
    ///   path_pattern           = "/api/*"
    ///   viewer_protocol_policy = "allow-all"
    ///   # ...
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// viewer_protocol_policy = "redirect-to-https"
    /// ```
    pub struct ViewerProtocolAllowsHttp {
        id: "AWS-CF-003",
        slug: "cloudfront-viewer-protocol-allows-http",
        service: "cloudfront",
        category: "encryption",
        severity: Critical,
        title: "CloudFront behaviour allows plain HTTP",
        types: ["aws_cloudfront_distribution"],
        default_enabled: true,
        covers: [Fsbp "CloudFront.3", Checkov "CKV_AWS_34", Trivy "AVD-AWS-0012", Kics "cloudfront_viewer_protocol_policy_allows_http"],
        check: Spec::all(&[
            attr("default_cache_behavior.0.viewer_protocol_policy", OneOf(&["redirect-to-https", "https-only"])).risk("viewers can use plain HTTP"),
            attr("ordered_cache_behavior.*.viewer_protocol_policy", OneOf(&["redirect-to-https", "https-only"])).risk("viewers can use plain HTTP"),
        ]),
    }
}
