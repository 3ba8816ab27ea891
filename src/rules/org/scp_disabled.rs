use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_organizations_organization` lists `SERVICE_CONTROL_POLICY` in
    /// `enabled_policy_types`. Unset, no policy type is enabled: it fails. A list known only at
    /// apply gives Unknown. Off by default (medium): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Without service control policies the organization cannot set guardrails that even
    /// account administrators cannot lift: deny leaving the organization, disabling CloudTrail,
    /// or using unapproved regions.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_organizations_organization" "org" {
    ///   feature_set = "ALL"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_organizations_organization" "org" {
    ///   feature_set          = "ALL"
    ///   enabled_policy_types = ["SERVICE_CONTROL_POLICY"]
    /// }
    /// ```
    pub struct ScpDisabled {
        id: "AWS-ORG-001",
        slug: "organization-scp-disabled",
        service: "organizations",
        category: "governance",
        severity: Medium,
        title: "Organization does not enable service control policies",
        types: ["aws_organizations_organization"],
        default_enabled: false,
        covers: [Kics "service_control_policies_disabled"],
        check: Spec::all(&[attr("enabled_policy_types", Includes(&["SERVICE_CONTROL_POLICY"]))
            .risk("no guardrail binds the member accounts")]),
    }
}
