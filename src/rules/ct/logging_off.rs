use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// Each `aws_cloudtrail` has `enable_logging = true`. Unset, the provider sends `true` (the trail
    /// logs): Pass. A value unknown until apply gives Unknown. AWS-CT-001 judges whether any trail of
    /// the stack logs; this rule names every trail that is switched off. Off by default (it runs under
    /// `--profile strict`).
    ///
    /// ## Why it matters
    /// A trail with logging stopped still looks configured, but records no API call: an incident
    /// leaves no trace, and stopping a trail is a classic step of an attacker covering tracks.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_cloudtrail" "main" {
    ///   name           = "main"
    ///   s3_bucket_name = aws_s3_bucket.trail.id
    ///   enable_logging = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudtrail" "main" {
    ///   name           = "main"
    ///   s3_bucket_name = aws_s3_bucket.trail.id
    ///   enable_logging = true
    /// }
    /// ```
    pub struct LoggingOff {
        id: "AWS-CT-008",
        slug: "cloudtrail-logging-off",
        service: "cloudtrail",
        category: "logging",
        severity: Medium,
        title: "Trail logging switched off",
        types: ["aws_cloudtrail"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_251", Kics "cloudtrail_logging_disabled"],
        check: Spec::all(&[attr("enable_logging", Is(Bool(true))).default(Bool(true)).risk("the trail records nothing")]),
    }
}
