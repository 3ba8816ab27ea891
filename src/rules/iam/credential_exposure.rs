use crate::rules::iam::{
    identity_documents, judge_documents, scopable, unconstrained_grants, verdict,
};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

/// Actions that hand out credentials (cloudsplaining's list, as Checkov uses it).
pub const CREDENTIAL_ACTIONS: &[&str] = &[
    "codepipeline:PollForJobs",
    "cognito-identity:GetCredentialsForIdentity",
    "cognito-identity:GetOpenIdToken",
    "cognito-identity:GetOpenIdTokenForDeveloperIdentity",
    "cognito-idp:AssociateSoftwareToken",
    "connect:GetFederationToken",
    "gamelift:RequestUploadCredentials",
    "iam:CreateAccessKey",
    "iam:CreateLoginProfile",
    "iam:CreateServiceSpecificCredential",
    "iam:ResetServiceSpecificCredential",
    "iam:UpdateAccessKey",
    "lightsail:GetInstanceAccessDetails",
    "lightsail:GetRelationalDatabaseMasterUserPassword",
    "rds-db:connect",
    "redshift:GetClusterCredentials",
    "sso:GetRoleCredentials",
    "mediapackage:RotateChannelCredentials",
    "mediapackage:RotateIngestEndpointCredentials",
    "sts:AssumeRole",
    "sts:AssumeRoleWithSAML",
    "sts:AssumeRoleWithWebIdentity",
    "sts:GetFederationToken",
    "sts:GetSessionToken",
];

declare_rule! {
    /// ## What it checks
    /// Identity policies (`aws_iam_policy`, `aws_iam_role_policy`, `aws_iam_user_policy`,
    /// `aws_iam_group_policy`, a role's `inline_policy`, and `aws_iam_policy_document` data
    /// sources no such policy uses — as AWS-IAM-001 finds them) have no `Allow` on
    /// `Resource "*"` (or with `NotResource`) for an action that exposes credentials:
    /// `iam:CreateAccessKey`, `iam:UpdateAccessKey`, `iam:CreateLoginProfile`,
    /// `sts:AssumeRole`, `sts:GetFederationToken`, `redshift:GetClusterCredentials`,
    /// `rds-db:connect`, `sso:GetRoleCredentials` and the rest of cloudsplaining's list —
    /// by name, by a pattern such as `iam:*`, or through a `NotAction`. Only actions that can be
    /// scoped to resources count (`ecr:GetAuthorizationToken` and `sts:GetSessionToken` take
    /// only `"*"`: granting them on `"*"` is correct). A policy unknown at plan time, or a
    /// statement whose effect, actions or resources are, gives Unknown. Off by default (medium):
    /// it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Whoever holds the policy can mint access keys or passwords for any user, or assume any
    /// role that trusts the account: new long-lived credentials outside the principal's own.
    ///
    /// ## Example
    /// ```hcl
    /// statement {
    ///   actions   = ["iam:CreateAccessKey"]
    ///   resources = ["*"]
    /// }
    /// ```
    ///
    /// ## Fix
    /// Name the users or roles: `resources = ["arn:aws:iam::*:user/$${aws:username}"]`.
    pub struct CredentialExposure {
        id: "AWS-IAM-021",
        slug: "allows-credential-exposure",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "Policy allows credential-exposing actions on Resource \"*\"",
        types: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role", "data.aws_iam_policy_document"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_287", Checkov "CKV_AWS_107"],
    }
}

impl Rule for CredentialExposure {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let candidates = scopable(CREDENTIAL_ACTIONS);
        let docs = identity_documents(cx);
        judge_documents(cx, docs, |st| {
            let (bad, open) = unconstrained_grants(st, &candidates);
            verdict(
                bad,
                open,
                "Allow on every resource for credential-exposing actions: ",
                "no Allow on every resource for credential-exposing actions",
            )
        });
    }
}
