use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_ssm_service_setting` for `/ssm/documents/console/public-sharing-permission` (the
    /// id or its ARN) has `setting_value = "Disable"`. Only a declared setting is judged: the account's
    /// value is not in a plan that does not declare it. A value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// While public sharing is allowed, one `ModifyDocumentPermission` call shares a document, with
    /// the scripts, parameters and internal names it holds, with every AWS account.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ssm_service_setting" "public_sharing" {
    ///   setting_id    = "/ssm/documents/console/public-sharing-permission"
    ///   setting_value = "Enable"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `setting_value = "Disable"`.
    pub struct PublicSharingAllowed {
        id: "AWS-SSM-003",
        slug: "ssm-public-sharing-allowed",
        service: "ssm",
        category: "access-control",
        severity: Critical,
        title: "Account setting allows public SSM documents",
        types: ["aws_ssm_service_setting"],
        default_enabled: true,
        covers: [Fsbp "SSM.7"],
        check: Spec::all(&[attr("setting_value", Is(Str("Disable"))).risk("documents of the account can be shared with everyone")]).when(&[attr("setting_id", EndsWith("/ssm/documents/console/public-sharing-permission"))]),
    }
}
