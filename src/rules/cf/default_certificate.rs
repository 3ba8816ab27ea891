use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_cloudfront_distribution` does not serve viewers with the default
    /// `*.cloudfront.net` certificate: `viewer_certificate.cloudfront_default_certificate` is
    /// not `true` (so an `acm_certificate_arn` or `iam_certificate_id` is used). Unset, it is
    /// `false`. A value known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// With the default certificate the site is reachable only under a `cloudfront.net` name,
    /// TLS 1.0 stays enabled whatever the minimum protocol version says, and clients cannot
    /// pin or verify a name of your own.
    ///
    /// ## Example
    /// ```hcl
    /// viewer_certificate {
    ///   cloudfront_default_certificate = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// viewer_certificate {
    ///   acm_certificate_arn      = aws_acm_certificate.site.arn
    ///   ssl_support_method       = "sni-only"
    ///   minimum_protocol_version = "TLSv1.2_2021"
    /// }
    /// ```
    pub struct DefaultCertificate {
        id: "AWS-CF-006",
        slug: "cloudfront-default-certificate",
        service: "cloudfront",
        category: "encryption",
        severity: Medium,
        title: "CloudFront uses the default certificate",
        types: ["aws_cloudfront_distribution"],
        default_enabled: true,
        covers: [Fsbp "CloudFront.7", Checkov "CKV2_AWS_42", Kics "vulnerable_default_ssl_certificate"],
        check: Spec::all(&[attr("viewer_certificate.0.cloudfront_default_certificate", Is(Bool(false))).default(Bool(false)).risk("viewers get the shared *.cloudfront.net certificate")]),
    }
}
