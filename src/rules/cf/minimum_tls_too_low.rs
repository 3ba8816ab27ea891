use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_cloudfront_distribution` serves viewers with a custom certificate
    /// (`viewer_certificate.cloudfront_default_certificate` not `true`) and a
    /// `viewer_certificate.minimum_protocol_version` of `TLSv1.2_2021` or newer
    /// (`TLSv1.2_2025`, `TLSv1.3_2025`). Unset, the provider's default is `TLSv1`. With the
    /// default `*.cloudfront.net` certificate CloudFront ignores the setting and accepts TLS 1.0,
    /// so it fails. Values known only at apply give Unknown.
    ///
    /// ## Why it matters
    /// Older security policies accept TLS 1.0/1.1 or TLS 1.2 ciphers without forward secrecy;
    /// clients that offer them can be downgraded by an attacker on the path.
    ///
    /// ## Example
    /// ```hcl
    /// viewer_certificate {
    ///   acm_certificate_arn      = aws_acm_certificate.site.arn
    ///   ssl_support_method       = "sni-only"
    ///   minimum_protocol_version = "TLSv1.2_2019"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// minimum_protocol_version = "TLSv1.2_2021"
    /// ```
    pub struct MinimumTlsTooLow {
        id: "AWS-CF-004",
        slug: "cloudfront-minimum-tls-below-1-2-2021",
        service: "cloudfront",
        category: "encryption",
        severity: High,
        title: "CloudFront minimum TLS below TLSv1.2_2021",
        types: ["aws_cloudfront_distribution"],
        default_enabled: true,
        covers: [Fsbp "CloudFront.15", Checkov "CKV_AWS_174", Trivy "AVD-AWS-0013", Kics "cloudfront_without_minimum_protocol_tls_1.2", Kics "secure_ciphers_disabled"],
        check: Spec::all(&[
            attr("viewer_certificate.0.cloudfront_default_certificate", Is(Bool(false))).default(Bool(false)).risk("the default certificate accepts TLS 1.0 whatever the minimum protocol version says"),
            attr("viewer_certificate.0.minimum_protocol_version", OneOf(&["TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"])).default(Str("TLSv1")).risk("viewers can negotiate older TLS versions or ciphers"),
        ]),
    }
}
