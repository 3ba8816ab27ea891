use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// No custom origin of an `aws_cloudfront_distribution` allows SSLv3 or TLSv1.0:
    /// `origin.*.custom_origin_config.origin_ssl_protocols` (required in a custom origin)
    /// includes neither `SSLv3` nor `TLSv1`. S3 origins are not judged. Values known only at
    /// apply give Unknown. Off by default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// SSLv3 and TLS 1.0 are broken (POODLE, BEAST): a connection to the origin negotiated
    /// down to them can be decrypted.
    ///
    /// ## Example
    /// ```hcl
    /// origin_ssl_protocols = ["SSLv3", "TLSv1", "TLSv1.2"]
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// origin_ssl_protocols = ["TLSv1.2"]
    /// ```
    pub struct OriginWeakSslProtocols {
        id: "AWS-CF-012",
        slug: "cloudfront-origin-weak-ssl-protocols",
        service: "cloudfront",
        category: "encryption",
        severity: Medium,
        title: "CloudFront origin allows SSLv3 or TLS 1.0",
        types: ["aws_cloudfront_distribution"],
        default_enabled: false,
        covers: [Fsbp "CloudFront.10", Checkov "CKV2_AWS_54"],
        check: Spec::all(&[attr("origin.*.custom_origin_config.0.origin_ssl_protocols", Excludes(&["SSLv3", "TLSv1"])).risk("origin connections can be negotiated down to a broken protocol")]),
    }
}
