use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_acm_certificate` uses a key of at least 2048 bits: `key_algorithm` is not
    /// `RSA_1024`. Unset, ACM requests an `RSA_2048` key (AWS default), which passes. For an
    /// imported certificate (`certificate_body`) the algorithm is read from the certificate at
    /// apply: Unknown until then. A value known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// A 1024-bit RSA key is within reach of well-funded attackers: the certificate's TLS
    /// sessions can be impersonated.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_acm_certificate" "internal" {
    ///   domain_name               = "internal.example.com"
    ///   certificate_authority_arn = aws_acmpca_certificate_authority.internal.arn
    ///   key_algorithm             = "RSA_1024"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// key_algorithm = "RSA_2048"
    /// ```
    pub struct KeyTooShort {
        id: "AWS-ACM-001",
        slug: "acm-key-too-short",
        service: "acm",
        category: "encryption",
        severity: High,
        title: "ACM certificate RSA key shorter than 2048 bits",
        types: ["aws_acm_certificate"],
        default_enabled: true,
        covers: [Fsbp "ACM.2"],
        check: Spec::all(&[attr("key_algorithm", NoneOf(&["RSA_1024"])).default(Str("RSA_2048")).risk("a 1024-bit RSA key can be broken")]),
    }
}
