use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_sagemaker_notebook_instance.instance_metadata_service_configuration[0].
    /// minimum_instance_metadata_service_version` is `"2"`. Unset, the CreateNotebookInstance
    /// default is `1` (IMDSv1 and IMDSv2 both answer): it fails. A value known only at apply
    /// is Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// IMDSv1 answers plain GET requests, so a server-side request forgery in anything running
    /// on the notebook hands out the instance role's credentials; IMDSv2 needs a session token.
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
    /// instance_metadata_service_configuration {
    ///   minimum_instance_metadata_service_version = "2"
    /// }
    /// ```
    pub struct NotebookImdsv1 {
        id: "AWS-SGM-007",
        slug: "sagemaker-notebook-imdsv1",
        service: "sagemaker",
        category: "access-control",
        severity: Medium,
        title: "SageMaker notebook allows IMDSv1",
        types: ["aws_sagemaker_notebook_instance"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_371"],
        check: Spec::all(&[attr(
            "instance_metadata_service_configuration.0.minimum_instance_metadata_service_version",
            Is(Str("2")),
        )
        .default(Str("1"))
        .risk("the instance role's credentials are reachable without a session token")]),
    }
}
