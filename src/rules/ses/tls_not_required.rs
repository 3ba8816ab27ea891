use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_ses_configuration_set` requires TLS for outgoing mail:
    /// `delivery_options.tls_policy` is `Require`. Unset, SES uses `Optional` (AWS default:
    /// it falls back to plaintext when the receiving server does not offer TLS), which fails.
    /// A value known only at apply gives Unknown. Off by default (medium): run it with
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// With `Optional`, a receiving server (or an attacker stripping STARTTLS on the path)
    /// gets the message in plaintext.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ses_configuration_set" "mail" {
    ///   name = "mail"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// delivery_options {
    ///   tls_policy = "Require"
    /// }
    /// ```
    pub struct TlsNotRequired {
        id: "AWS-SES-002",
        slug: "ses-tls-not-required",
        service: "ses",
        category: "encryption",
        severity: Medium,
        title: "SES configuration set does not require TLS",
        types: ["aws_ses_configuration_set"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_365"],
        check: Spec::all(&[attr("delivery_options.0.tls_policy", Is(Str("Require"))).default(Str("Optional")).risk("mail may be delivered in plaintext")]),
    }
}
