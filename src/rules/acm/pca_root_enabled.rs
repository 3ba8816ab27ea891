use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// A root private certificate authority (`aws_acmpca_certificate_authority` with
    /// `type = "ROOT"`) is disabled: `enabled = false`. Unset, `enabled` is `true` (AWS
    /// default), which fails. Subordinate CAs (the default `type`) are not judged. Values
    /// known only at apply give Unknown. Off by default (low): run it with
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// A root CA should only sign subordinate CAs, then stay disabled: an enabled root issuing
    /// day-to-day certificates exposes the key everything trusts.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_acmpca_certificate_authority" "root" {
    ///   type = "ROOT"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// enabled = false
    /// ```
    pub struct PcaRootEnabled {
        id: "AWS-PCA-001",
        slug: "pca-root-enabled",
        service: "acm-pca",
        category: "identity",
        severity: Low,
        title: "Private CA root authority enabled",
        types: ["aws_acmpca_certificate_authority"],
        default_enabled: false,
        covers: [Fsbp "PCA.1"],
        check: Spec::all(&[attr("enabled", Is(Bool(false))).default(Bool(true)).risk("the root key everything trusts stays in use")])
            .when(&[attr("type", Is(Str("ROOT"))).default(Str("SUBORDINATE"))]),
    }
}
