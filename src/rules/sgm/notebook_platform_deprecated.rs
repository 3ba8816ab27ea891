use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_sagemaker_notebook_instance.platform_identifier` is not a platform past its end of
    /// support (`notebook-al1-v1`, `notebook-al2-v1`). Unset, SageMaker picks the platform,
    /// which the plan does not show: Unknown. A value known only at apply is Unknown. Off by
    /// default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Notebooks on an unsupported platform run an operating system and Jupyter stack that no
    /// longer get security fixes.
    ///
    /// ## Example
    /// ```hcl
    /// platform_identifier = "notebook-al1-v1"
    /// ```
    ///
    /// ## Fix
    /// Set `platform_identifier = "notebook-al2-v3"` (or a newer platform).
    pub struct NotebookPlatformDeprecated {
        id: "AWS-SGM-010",
        slug: "sagemaker-notebook-platform-deprecated",
        service: "sagemaker",
        category: "maintenance",
        severity: Medium,
        title: "SageMaker notebook on an unsupported platform",
        types: ["aws_sagemaker_notebook_instance"],
        default_enabled: false,
        covers: [Fsbp "SageMaker.8"],
        check: Spec::all(&[attr(
            "platform_identifier",
            NoneOf(&["notebook-al1-v1", "notebook-al2-v1"]),
        )
        .unset_unknown("SageMaker picks the platform, which the plan does not show")
        .risk("the notebook's platform gets no security fixes")]),
    }
}
