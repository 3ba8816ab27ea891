use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_acm_certificate` is logged to public Certificate Transparency logs:
    /// `options.certificate_transparency_logging_preference` is not `DISABLED`. Unset, it is
    /// `ENABLED` (AWS default), which passes. A value known only at apply gives Unknown. Off
    /// by default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Browsers reject publicly trusted certificates missing from CT logs, and CT logs are how
    /// you notice a certificate issued for your domain by someone else.
    ///
    /// ## Example
    /// ```hcl
    /// options {
    ///   certificate_transparency_logging_preference = "DISABLED"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove the option, or:
    /// ```hcl
    /// options {
    ///   certificate_transparency_logging_preference = "ENABLED"
    /// }
    /// ```
    pub struct TransparencyLoggingOff {
        id: "AWS-ACM-002",
        slug: "acm-transparency-logging-off",
        service: "acm",
        category: "logging",
        severity: Medium,
        title: "ACM certificate without Certificate Transparency logging",
        types: ["aws_acm_certificate"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_234"],
        check: Spec::all(&[attr("options.0.certificate_transparency_logging_preference", IsNot(Str("DISABLED"))).default(Str("ENABLED")).risk("browsers may reject the certificate, and misissuance goes unnoticed")]),
    }
}
