use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// Every `production_variants` block of an `aws_sagemaker_endpoint_configuration` has an
    /// `initial_instance_count` of at least 2. A serverless endpoint (its first variant has a
    /// `serverless_config`) is not judged: it has no instances to spread across Availability
    /// Zones. A count known only at apply is Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// With two or more instances SageMaker spreads them over Availability Zones; a single
    /// instance is a single point of failure for the endpoint.
    ///
    /// ## Example
    /// ```hcl
    /// production_variants {
    ///   variant_name           = "main"
    ///   model_name             = aws_sagemaker_model.model.name
    ///   initial_instance_count = 1
    ///   instance_type          = "ml.m5.large"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `initial_instance_count = 2` (or more).
    pub struct EndpointSingleInstance {
        id: "AWS-SGM-008",
        slug: "sagemaker-endpoint-single-instance",
        service: "sagemaker",
        category: "resilience",
        severity: Medium,
        title: "SageMaker endpoint variant with a single instance",
        types: ["aws_sagemaker_endpoint_configuration"],
        default_enabled: false,
        covers: [Fsbp "SageMaker.4"],
        check: Spec::all(&[attr("production_variants.*.initial_instance_count", AtLeast(2.0))
            .risk("one instance is a single point of failure")])
        .when(&[attr("production_variants.0.serverless_config", NotSet)]),
    }
}
