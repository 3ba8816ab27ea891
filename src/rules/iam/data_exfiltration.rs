use crate::rules::iam::{
    identity_documents, judge_documents, scopable, unconstrained_grants, verdict,
};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

/// Actions that read data out (cloudsplaining's list, as Checkov uses it).
const EXFILTRATION_ACTIONS: &[&str] = &[
    "s3:GetObject",
    "ssm:GetParameter",
    "ssm:GetParameters",
    "ssm:GetParametersByPath",
    "secretsmanager:GetSecretValue",
];

declare_rule! {
    /// ## What it checks
    /// Identity policies (as AWS-IAM-001 finds them: `aws_iam_policy`, `aws_iam_role_policy`,
    /// `aws_iam_user_policy`, `aws_iam_group_policy`, a role's `inline_policy`, unused
    /// `aws_iam_policy_document`s) have no `Allow` on `Resource "*"` (or with `NotResource`) for
    /// `s3:GetObject`, `ssm:GetParameter`, `ssm:GetParameters`, `ssm:GetParametersByPath` or
    /// `secretsmanager:GetSecretValue` — by name, by a pattern such as `s3:Get*` or `*`, or
    /// through a `NotAction`. A policy unknown at plan time, or a statement whose effect,
    /// actions or resources are, gives Unknown. Off by default (medium): it runs under
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// The principal can read every object of every bucket, every parameter and every secret of
    /// the account: one leaked credential exfiltrates all of it.
    ///
    /// ## Example
    /// ```hcl
    /// statement {
    ///   actions   = ["secretsmanager:GetSecretValue"]
    ///   resources = ["*"]
    /// }
    /// ```
    ///
    /// ## Fix
    /// `resources = [aws_secretsmanager_secret.app.arn]`.
    pub struct DataExfiltration {
        id: "AWS-IAM-022",
        slug: "allows-data-exfiltration",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "Policy allows data-exfiltration actions on Resource \"*\"",
        types: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role", "data.aws_iam_policy_document"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_288", Checkov "CKV_AWS_108"],
    }
}

impl Rule for DataExfiltration {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let candidates = scopable(EXFILTRATION_ACTIONS);
        let docs = identity_documents(cx);
        judge_documents(cx, docs, |st| {
            let (bad, open) = unconstrained_grants(st, &candidates);
            verdict(
                bad,
                open,
                "Allow on every resource for data-exfiltration actions: ",
                "no Allow on every resource for data-exfiltration actions",
            )
        });
    }
}
