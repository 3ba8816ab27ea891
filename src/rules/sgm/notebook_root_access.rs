use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_sagemaker_notebook_instance.root_access` is `Disabled`. Unset, AWS's default is
    /// `Enabled` (every notebook user can become root on the instance): it fails. A value known
    /// only at apply is Unknown.
    ///
    /// ## Why it matters
    /// Root on the notebook instance lets its users change the instance's software, read every
    /// user's files and use the instance role's credentials outside the notebook's controls;
    /// lifecycle configurations still run as root when it is disabled.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_sagemaker_notebook_instance" "research" {
    ///   name          = "research"
    ///   role_arn      = aws_iam_role.notebook.arn
    ///   instance_type = "ml.t3.medium"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add `root_access = "Disabled"`.
    pub struct NotebookRootAccess {
        id: "AWS-SGM-004",
        slug: "sagemaker-notebook-root-access",
        service: "sagemaker",
        category: "access-control",
        severity: High,
        title: "SageMaker notebook users have root access",
        types: ["aws_sagemaker_notebook_instance"],
        default_enabled: true,
        covers: [Fsbp "SageMaker.3", Checkov "CKV_AWS_307"],
        check: Spec::all(&[attr("root_access", Is(Str("Disabled")))
            .default(Str("Enabled"))
            .risk("notebook users can become root on the instance")]),
    }
}
