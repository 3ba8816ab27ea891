use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// Data of several services is encrypted with a customer managed KMS key: a Bedrock agent
    /// (`aws_bedrockagent_agent.customer_encryption_key_arn`), a Kendra index
    /// (`server_side_encryption_configuration.kms_key_id`), a Keyspaces table
    /// (`encryption_specification.kms_key_identifier`), an EventBridge Scheduler schedule
    /// (`kms_key_arn`) and a Timestream database (`kms_key_id`). Unset, each service uses an AWS owned
    /// or AWS managed key: Fail. An AWS managed alias fails too; a key unknown until apply gives
    /// Unknown. AppFlow, Comprehend and Connect storage configurations are not judged yet. Off by
    /// default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// With an AWS key you cannot restrict through a key policy who may decrypt the data, audit the
    /// key's use, or revoke access by disabling the key.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_timestreamwrite_database" "metrics" {
    ///   database_name = "metrics"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set the key attribute to a customer managed key, e.g. `kms_key_id = aws_kms_key.metrics.arn`
    /// (on Keyspaces with `type = "CUSTOMER_MANAGED_KMS_KEY"`).
    pub struct NotCustomerKey {
        id: "AWS-MISC-001",
        slug: "service-data-without-customer-key",
        service: "other",
        category: "encryption",
        severity: Medium,
        title: "Service data without a customer KMS key",
        types: ["aws_bedrockagent_agent", "aws_kendra_index", "aws_keyspaces_table", "aws_scheduler_schedule", "aws_timestreamwrite_database"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_373" in ["aws_bedrockagent_agent"], Checkov "CKV_AWS_262" in ["aws_kendra_index"], Checkov "CKV_AWS_265" in ["aws_keyspaces_table"], Checkov "CKV_AWS_297" in ["aws_scheduler_schedule"], Checkov "CKV_AWS_160" in ["aws_timestreamwrite_database"]],
        check: Spec::all(&[attr("customer_encryption_key_arn", CustomerKey).on(&["aws_bedrockagent_agent"]).risk("the agent's data is not under a key you control"), attr("server_side_encryption_configuration.0.kms_key_id", CustomerKey).on(&["aws_kendra_index"]).risk("the index is not under a key you control"), attr("encryption_specification.0.kms_key_identifier", CustomerKey).on(&["aws_keyspaces_table"]).risk("the table is not under a key you control"), attr("kms_key_arn", CustomerKey).on(&["aws_scheduler_schedule"]).risk("the schedule's target input is not under a key you control"), attr("kms_key_id", CustomerKey).on(&["aws_timestreamwrite_database"]).risk("the time series are not under a key you control")]),
    }
}
