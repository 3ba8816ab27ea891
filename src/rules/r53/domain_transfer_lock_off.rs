use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_route53domains_registered_domain` keeps `transfer_lock` on. Unset, the provider's
    /// default is `true` and passes; `false` fails. A value unknown until apply gives Unknown.
    ///
    /// Off by default (medium severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// The transfer lock stops the domain from moving to another registrar. Without it, a stolen
    /// authorization code or a social-engineered registrar is enough to take the domain, and with it
    /// email, certificates and every service behind its names.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_route53domains_registered_domain" "main" {
    ///   domain_name   = "example.com"
    ///   transfer_lock = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_route53domains_registered_domain" "main" {
    ///   domain_name   = "example.com"
    ///   transfer_lock = true
    /// }
    /// ```
    pub struct DomainTransferLockOff {
        id: "AWS-R53-002",
        slug: "route53-domain-transfer-lock-off",
        service: "route53",
        category: "access-control",
        severity: Medium,
        title: "Registered domain transfer lock off",
        types: ["aws_route53domains_registered_domain"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_377"],
        check: Spec::all(&[attr("transfer_lock", Is(Bool(true))).default(Bool(true)).risk("the domain can be transferred to another registrar")]),
    }
}
