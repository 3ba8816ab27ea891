use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_guardduty_detector` has `enable` not `false` (unset: `true`, the provider's
    /// default). A value known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// A suspended detector analyses nothing: no findings for credential misuse, crypto
    /// mining or reconnaissance, while the stack looks protected.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_guardduty_detector" "main" {
    ///   enable = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_guardduty_detector" "main" {
    ///   enable = true
    /// }
    /// ```
    pub struct DetectorDisabled {
        id: "AWS-GD-002",
        slug: "guardduty-detector-disabled",
        service: "guardduty",
        category: "monitoring",
        severity: High,
        title: "GuardDuty detector disabled",
        types: ["aws_guardduty_detector"],
        default_enabled: true,
        covers: [Fsbp "GuardDuty.1", Checkov "CKV_AWS_238", Kics "guardduty_detector_disabled"],
        check: Spec::all(&[attr("enable", Is(Bool(true))).default(Bool(true)).risk("GuardDuty analyses nothing")]),
    }
}
