use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_sagemaker_model.enable_network_isolation` is `true`. Unset, AWS's default is
    /// `false` (the model's containers can make outbound calls): it fails. A value known only
    /// at apply is Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// A model container runs code you may not have written (a marketplace model, a
    /// dependency); with network isolation it cannot call out, so it cannot exfiltrate the
    /// inference data or fetch a payload.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_sagemaker_model" "churn" {
    ///   name               = "churn"
    ///   execution_role_arn = aws_iam_role.model.arn
    ///   primary_container {
    ///     image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add `enable_network_isolation = true`.
    pub struct ModelNetworkIsolationOff {
        id: "AWS-SGM-006",
        slug: "sagemaker-model-network-isolation-off",
        service: "sagemaker",
        category: "network",
        severity: Medium,
        title: "SageMaker model without network isolation",
        types: ["aws_sagemaker_model"],
        default_enabled: false,
        covers: [Fsbp "SageMaker.5", Checkov "CKV_AWS_370"],
        check: Spec::all(&[attr("enable_network_isolation", Is(Bool(true)))
            .default(Bool(false))
            .risk("the model's containers can make outbound network calls")]),
    }
}
