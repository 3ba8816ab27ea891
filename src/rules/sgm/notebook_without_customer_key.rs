use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_sagemaker_notebook_instance.kms_key_id` and `aws_sagemaker_domain.kms_key_id` are a
    /// customer managed KMS key (a key of the plan, a key ID or ARN, a customer alias). Unset,
    /// SageMaker encrypts the notebook's ML storage volume (the domain's EFS volume) with an
    /// AWS managed key: it fails, as does an `alias/aws/...` key. A value known only at apply
    /// is Unknown.
    ///
    /// ## Why it matters
    /// The notebook's volume holds the data scientists' datasets, credentials cached by the
    /// SDKs and notebooks' outputs; with your key, access is governed by the key policy,
    /// recorded in CloudTrail and revocable.
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
    /// Add `kms_key_id = aws_kms_key.sagemaker.arn`.
    pub struct NotebookWithoutCustomerKey {
        id: "AWS-SGM-003",
        slug: "sagemaker-notebook-without-customer-key",
        service: "sagemaker",
        category: "encryption",
        severity: High,
        title: "SageMaker notebook or domain storage without customer key",
        types: ["aws_sagemaker_notebook_instance", "aws_sagemaker_domain"],
        default_enabled: true,
        covers: [
            Checkov "CKV_AWS_22" in ["aws_sagemaker_notebook_instance"],
            Checkov "CKV_AWS_187" in ["aws_sagemaker_domain"],
            Kics "sagemaker_notebook_instance_without_kms" in ["aws_sagemaker_notebook_instance"],
        ],
        check: Spec::all(&[attr("kms_key_id", CustomerKey)
            .risk("the storage volume is encrypted with a key you do not control")]),
    }
}
