use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_sagemaker_notebook_instance.subnet_id` is set (a subnet of the plan counts). Unset,
    /// the notebook runs in SageMaker's own VPC, outside any of yours: it fails. A value known
    /// only at apply is Unknown.
    ///
    /// ## Why it matters
    /// Outside your VPC, the notebook's traffic escapes your security groups, network ACLs,
    /// VPC endpoints' policies and flow logs; inside, you decide what it reaches.
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
    ///   name            = "research"
    ///   role_arn        = aws_iam_role.notebook.arn
    ///   instance_type   = "ml.t3.medium"
    ///   subnet_id       = aws_subnet.private.id
    ///   security_groups = [aws_security_group.notebook.id]
    /// }
    /// ```
    pub struct NotebookNotInVpc {
        id: "AWS-SGM-005",
        slug: "sagemaker-notebook-not-in-vpc",
        service: "sagemaker",
        category: "network",
        severity: High,
        title: "SageMaker notebook not in a VPC",
        types: ["aws_sagemaker_notebook_instance"],
        default_enabled: true,
        covers: [Fsbp "SageMaker.2", Checkov "CKV_AWS_306"],
        check: Spec::all(&[attr("subnet_id", Set)
            .risk("the notebook runs outside your VPC's network controls")]),
    }
}
