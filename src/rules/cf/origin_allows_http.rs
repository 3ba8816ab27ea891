use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// Every custom origin of an `aws_cloudfront_distribution` is reached over HTTPS:
    /// `origin.*.custom_origin_config.origin_protocol_policy` is not `http-only` (the
    /// argument is required in a custom origin). `match-viewer` passes here: it is HTTPS
    /// exactly when viewers must use HTTPS, which AWS-CF-003 judges. S3 origins (no
    /// `custom_origin_config`) are not judged. Values known only at apply give Unknown. Off by
    /// default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// With `http-only`, everything CloudFront fetches from the origin, and every request it
    /// forwards (cookies, authorization headers), crosses the internet in plaintext.
    ///
    /// ## Example
    /// ```hcl
    /// custom_origin_config {
    ///   http_port              = 80
    ///   https_port             = 443
    ///   origin_protocol_policy = "http-only"
    ///   origin_ssl_protocols   = ["TLSv1.2"]
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// origin_protocol_policy = "https-only"
    /// ```
    pub struct OriginAllowsHttp {
        id: "AWS-CF-011",
        slug: "cloudfront-origin-allows-http",
        service: "cloudfront",
        category: "encryption",
        severity: Medium,
        title: "CloudFront custom origin reached over HTTP",
        types: ["aws_cloudfront_distribution"],
        default_enabled: false,
        covers: [Fsbp "CloudFront.9", Checkov "CKV2_AWS_72"],
        check: Spec::all(&[attr("origin.*.custom_origin_config.0.origin_protocol_policy", NoneOf(&["http-only"])).risk("origin traffic crosses the internet in plaintext")]),
    }
}
