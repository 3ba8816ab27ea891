use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_sagemaker_notebook_instance.direct_internet_access` is `Disabled`. Unset, AWS's
    /// default is `Enabled` (the notebook reaches the internet through SageMaker's own
    /// network, whatever the VPC allows): it fails. A value known only at apply is Unknown.
    ///
    /// ## Why it matters
    /// With direct internet access, code in the notebook can download anything and upload
    /// training data anywhere, bypassing the VPC's egress controls and flow logs.
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
    /// ```hcl
    /// resource "aws_sagemaker_notebook_instance" "research" {
    ///   name                   = "research"
    ///   role_arn               = aws_iam_role.notebook.arn
    ///   instance_type          = "ml.t3.medium"
    ///   subnet_id              = aws_subnet.private.id
    ///   security_groups        = [aws_security_group.notebook.id]
    ///   direct_internet_access = "Disabled"
    /// }
    /// ```
    pub struct NotebookDirectInternetAccess {
        id: "AWS-SGM-002",
        slug: "sagemaker-notebook-direct-internet-access",
        service: "sagemaker",
        category: "network",
        severity: High,
        title: "SageMaker notebook with direct internet access",
        types: ["aws_sagemaker_notebook_instance"],
        default_enabled: true,
        covers: [Fsbp "SageMaker.1", Checkov "CKV_AWS_122", Kics "sagemaker_direct_internet_access_enabled"],
        check: Spec::all(&[attr("direct_internet_access", Is(Str("Disabled")))
            .default(Str("Enabled"))
            .risk("the notebook reaches the internet outside the VPC's controls")]),
    }
}
