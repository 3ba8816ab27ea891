use crate::rules::{declare_rule, tri_bool, unknown_reason, Cx, Rule, RuleMeta, Status};

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
    }
}

impl Rule for StreamDisabled {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_dynamodb_table") {
            let e = cx.stack.eff(r, "stream_enabled");
            let (status, msg) = match tri_bool(&e, false) {
                Some(true) => (Status::Pass, "stream enabled".to_string()),
                Some(false) => (Status::Fail, "stream_enabled is not true".to_string()),
                None => (
                    Status::Unknown,
                    format!("stream_enabled is {}", unknown_reason(&e)),
                ),
            };
            cx.report(r, "stream_enabled", status, msg);
        }
    }
}
