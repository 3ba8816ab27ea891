use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// The trust policy (`assume_role_policy`) of an `aws_iam_role` lets no principal outside
    /// a known account assume it: no Allow statement names `"*"`, `{"AWS": "*"}`, any
    /// account's root (`arn:aws:iam::*:root`) or uses `NotPrincipal`, unless a condition limits
    /// it to an account, organisation, source or network (`aws:PrincipalOrgID`,
    /// `aws:PrincipalAccount`, `aws:SourceArn`, ...; `sts:ExternalId` does not: anyone who knows
    /// or guesses it passes). The policy may be JSON text or an `aws_iam_policy_document`; one
    /// known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// Anyone with an AWS account can call `sts:AssumeRole` on such a role and act with all of
    /// its permissions.
    ///
    /// ## Example
    /// ```hcl
    /// principals {
    ///   type        = "AWS"
    ///   identifiers = ["*"]
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// principals {
    ///   type        = "AWS"
    ///   identifiers = ["arn:aws:iam::111122223333:root"]
    /// }
    /// ```
    pub struct TrustAnyPrincipal {
        id: "AWS-IAM-010",
        slug: "role-trusts-any-principal",
        service: "iam",
        category: "identity",
        severity: High,
        title: "Role trust policy lets any principal assume the role",
        types: ["aws_iam_role"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_60", Checkov "CKV_AWS_61", Kics "iam_role_allows_all_principals_to_assume", Kics "iam_policy_grants_assumerole_permission_across_all_services"],
        check: Spec::all(&[attr("assume_role_policy", NotPublic).risk("anyone with an AWS account can assume the role")]),
    }
}
