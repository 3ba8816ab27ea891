use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_cloudfront_distribution` with a custom certificate serves it with SNI:
    /// `viewer_certificate.ssl_support_method` is `sni-only`. `vip` (dedicated IP addresses)
    /// and `static-ip` fail. Distributions on the default `*.cloudfront.net` certificate
    /// (`cloudfront_default_certificate = true`) are not judged. `ssl_support_method` is
    /// required with a custom certificate: a plan that does not show it, or a value known only
    /// at apply, gives Unknown. Off by default (low): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Dedicated-IP SSL costs $600 a month per distribution and only serves clients too old
    /// to send SNI, which also lack modern TLS.
    ///
    /// ## Example
    /// ```hcl
    /// viewer_certificate {
    ///   acm_certificate_arn = aws_acm_certificate.site.arn
    ///   ssl_support_method  = "vip"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// ssl_support_method = "sni-only"
    /// ```
    pub struct CertificateWithoutSni {
        id: "AWS-CF-013",
        slug: "cloudfront-certificate-without-sni",
        service: "cloudfront",
        category: "cost",
        severity: Low,
        title: "CloudFront custom certificate served without SNI",
        types: ["aws_cloudfront_distribution"],
        default_enabled: false,
        covers: [Fsbp "CloudFront.8"],
        check: Spec::all(&[attr("viewer_certificate.0.ssl_support_method", Is(Str("sni-only"))).unset_unknown("it is required with a custom certificate, and the plan does not show it").risk("dedicated-IP SSL is billed for legacy clients only")])
            .when(&[attr("viewer_certificate.0.cloudfront_default_certificate", IsNot(Bool(true))).default(Bool(false))]),
    }
}
