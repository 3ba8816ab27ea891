use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// When the requirements need change data capture: `aws_dynamodb_table` has
    /// `stream_enabled = true`. Off by default; enable it in tfaudit.toml.
    ///
    /// ## Why it matters
    /// Without a stream there is no change feed for replication, auditing or event-driven
    /// processing, and enabling it later does not capture the past.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_dynamodb_table" "orders" {
    ///   name     = "orders"
    ///   hash_key = "id"
    ///   # ... no stream_enabled
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `stream_enabled = true` and `stream_view_type = "NEW_AND_OLD_IMAGES"`.
    pub struct StreamDisabled {
        id: "AWS-DDB-002",
        slug: "dynamodb-stream-disabled",
        service: "dynamodb",
        category: "resilience",
        severity: Info,
        title: "DynamoDB stream disabled",
        types: ["aws_dynamodb_table"],
        default_enabled: false,
        check: Spec::all(&[attr("stream_enabled", Is(Bool(true))).default(Bool(false))]),
    }
}
