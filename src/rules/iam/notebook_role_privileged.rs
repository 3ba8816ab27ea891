use crate::rules::iam::lambda_role_privileged::report_roles;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// The IAM role of an `aws_sagemaker_notebook_instance` (`role_arn`, followed to the
    /// `aws_iam_role` of the plan) is not overly permissive, judged as AWS-IAM-025 judges a
    /// Lambda execution role: none of its policies (inline, `aws_iam_role_policy`, attached
    /// managed policies) is `AdministratorAccess` or `IAMFullAccess` or has an `Allow` for `"*"`
    /// or `"iam:*"`. Unknown when the role is not in the plan, when an attached policy outside
    /// the plan is not an AWS managed one, or when a policy, or a statement's effect or
    /// actions, is known only at apply. Off by default (medium): it runs under
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// Everyone who can open the notebook runs code with the role's credentials: with
    /// administrator or IAM rights, notebook access is account access.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_role_policy_attachment" "notebook" {
    ///   role       = aws_iam_role.notebook.name
    ///   policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Attach `AmazonSageMakerFullAccess` or, better, a policy naming the buckets and actions
    /// the notebook uses.
    pub struct NotebookRolePrivileged {
        id: "AWS-IAM-026",
        slug: "sagemaker-notebook-role-privileged",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "SageMaker notebook role has administrator or IAM-wide rights",
        types: ["aws_sagemaker_notebook_instance"],
        default_enabled: false,
        covers: [Checkov "CKV2_AWS_68"],
    }
}

impl Rule for NotebookRolePrivileged {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        report_roles(
            cx,
            "aws_sagemaker_notebook_instance",
            "role_arn",
            "the notebook's role",
        );
    }
}
