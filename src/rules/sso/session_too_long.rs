use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_ssoadmin_permission_set` keeps `session_duration` at one hour (`PT1H`, also
    /// written `PT60M` or `PT3600S`; IAM Identity Center accepts 1 to 12 hours). Unset, the
    /// session lasts one hour (the AWS default): it passes. A value known only at apply gives
    /// Unknown. Off by default (low): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Console and CLI sessions of the permission set stay valid for the whole duration: a
    /// stolen session or an unlocked laptop gives access for up to 12 hours.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ssoadmin_permission_set" "admin" {
    ///   name             = "Admin"
    ///   instance_arn     = local.sso_instance_arn
    ///   session_duration = "PT8H"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// session_duration = "PT1H"
    /// ```
    pub struct SessionTooLong {
        id: "AWS-SSO-001",
        slug: "sso-session-longer-than-one-hour",
        service: "sso",
        category: "identity",
        severity: Low,
        title: "Permission set session lasts more than one hour",
        types: ["aws_ssoadmin_permission_set"],
        default_enabled: false,
        covers: [Kics "sso_permission_with_inadequate_user_session_duration"],
        check: Spec::all(&[attr("session_duration", OneOf(&["PT1H", "PT60M", "PT3600S"]))
            .default(Str("PT1H"))
            .risk("a stolen session stays valid for hours")]),
    }
}
