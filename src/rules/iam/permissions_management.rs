use crate::rules::iam::{identity_documents, judge_documents, unconstrained_grants, verdict};
use crate::rules::iam_actions::{self as actions, Access};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Identity policies (as AWS-IAM-001 finds them: `aws_iam_policy`, `aws_iam_role_policy`,
    /// `aws_iam_user_policy`, `aws_iam_group_policy`, a role's `inline_policy`, unused
    /// `aws_iam_policy_document`s) have no `Allow` on `Resource "*"` (or with `NotResource`) for
    /// an action of access level "Permissions management" in the AWS Service Authorization
    /// Reference (`iam:PutRolePolicy`, `iam:AttachUserPolicy`, `s3:PutBucketPolicy`,
    /// `lambda:AddPermission`, `kms:CreateGrant`, ...: the table of
    /// `src/rules/iam_actions_table.rs`) that can be scoped to resources — by name, by a pattern
    /// such as `iam:*`, or through a `NotAction`. A policy unknown at plan time, or a statement
    /// whose effect, actions or resources are, gives Unknown. Off by default (medium): it runs
    /// under `--profile strict`.
    ///
    /// ## Why it matters
    /// Permissions-management actions change who may do what: on every resource, the principal
    /// can grant itself more, or expose buckets, keys and functions to other accounts.
    ///
    /// ## Example
    /// ```hcl
    /// statement {
    ///   actions   = ["s3:PutBucketPolicy", "iam:PutRolePolicy"]
    ///   resources = ["*"]
    /// }
    /// ```
    ///
    /// ## Fix
    /// Name the resources: `resources = [aws_s3_bucket.logs.arn]`.
    pub struct PermissionsManagement {
        id: "AWS-IAM-023",
        slug: "allows-permissions-management",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "Policy allows permissions-management actions on Resource \"*\"",
        types: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role", "data.aws_iam_policy_document"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_289", Checkov "CKV_AWS_109"],
    }
}

impl Rule for PermissionsManagement {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let candidates: Vec<String> = actions::matching("*")
            .into_iter()
            .filter(|a| a.access == Access::PermissionsManagement && a.scopable)
            .map(|a| a.to_string())
            .collect();
        let docs = identity_documents(cx);
        judge_documents(cx, docs, |st| {
            let (bad, open) = unconstrained_grants(st, &candidates);
            verdict(
                bad,
                open,
                "Allow on every resource for permissions-management actions: ",
                "no Allow on every resource for permissions-management actions",
            )
        });
    }
}
