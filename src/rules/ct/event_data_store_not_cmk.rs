use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_cloudtrail_event_data_store` sets `kms_key_id` to a customer managed KMS key. Unset,
    /// CloudTrail Lake encrypts with a key AWS owns: Fail; an AWS managed alias fails too. A key
    /// created in the same plan counts as set; one that cannot be followed gives Unknown. Off by
    /// default (it runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// The event data store keeps years of API activity; with a customer key the key policy decides
    /// who can query it, and disabling the key cuts access.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_cloudtrail_event_data_store" "main" {
    ///   name = "main"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudtrail_event_data_store" "main" {
    ///   name       = "main"
    ///   kms_key_id = aws_kms_key.lake.arn
    /// }
    /// ```
    pub struct EventDataStoreNotCmk {
        id: "AWS-CT-010",
        slug: "cloudtrail-event-data-store-not-cmk",
        service: "cloudtrail",
        category: "encryption",
        severity: Medium,
        title: "Event data store not encrypted with a customer key",
        types: ["aws_cloudtrail_event_data_store"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_294"],
        check: Spec::all(&[attr("kms_key_id", CustomerKey).risk("CloudTrail Lake encrypts the events with a key it owns")]),
    }
}
