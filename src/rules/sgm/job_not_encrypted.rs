use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_sagemaker_data_quality_job_definition` encrypts its output
    /// (`data_quality_job_output_config[0].kms_key_id` set), its instances' storage volumes
    /// (`job_resources[0].cluster_config[0].volume_kms_key_id` set) and the traffic between its
    /// instances (`network_config[0].enable_inter_container_traffic_encryption`, AWS default
    /// `false`); an `aws_sagemaker_flow_definition` encrypts its output
    /// (`output_config[0].kms_key_id` set). Unset keys fail (SageMaker then uses an AWS managed
    /// key or S3's default encryption); values known only at apply are Unknown. Off by default
    /// (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Monitoring and human-review jobs read and write samples of production inference data;
    /// with your key, access to them is governed by the key policy and auditable.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_sagemaker_flow_definition" "review" {
    ///   flow_definition_name = "review"
    ///   role_arn             = aws_iam_role.review.arn
    ///   human_loop_config { ... }
    ///   output_config {
    ///     s3_output_path = "s3://review-output/"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add `kms_key_id = aws_kms_key.sagemaker.arn` to `output_config` (and to the data
    /// quality job's output and cluster config, with
    /// `enable_inter_container_traffic_encryption = true` in its `network_config`).
    pub struct JobNotEncrypted {
        id: "AWS-SGM-009",
        slug: "sagemaker-job-not-encrypted",
        service: "sagemaker",
        category: "encryption",
        severity: Medium,
        title: "SageMaker monitoring or review job not encrypted with a KMS key",
        types: ["aws_sagemaker_data_quality_job_definition", "aws_sagemaker_flow_definition"],
        default_enabled: false,
        covers: [
            Checkov "CKV_AWS_367" in ["aws_sagemaker_data_quality_job_definition"],
            Checkov "CKV_AWS_368" in ["aws_sagemaker_data_quality_job_definition"],
            Checkov "CKV_AWS_369" in ["aws_sagemaker_data_quality_job_definition"],
            Checkov "CKV_AWS_372" in ["aws_sagemaker_flow_definition"],
        ],
        check: Spec::all(&[
            attr("data_quality_job_output_config.0.kms_key_id", Set)
                .on(&["aws_sagemaker_data_quality_job_definition"])
                .risk("the job's output is not encrypted with a KMS key you choose"),
            attr("job_resources.0.cluster_config.0.volume_kms_key_id", Set)
                .on(&["aws_sagemaker_data_quality_job_definition"])
                .risk("the job's storage volumes are not encrypted with a KMS key you choose"),
            attr(
                "network_config.0.enable_inter_container_traffic_encryption",
                Is(Bool(true)),
            )
            .default(Bool(false))
            .on(&["aws_sagemaker_data_quality_job_definition"])
            .risk("traffic between the job's instances is not encrypted"),
            attr("output_config.0.kms_key_id", Set)
                .on(&["aws_sagemaker_flow_definition"])
                .risk("the review output is not encrypted with a KMS key you choose"),
        ]),
    }
}
