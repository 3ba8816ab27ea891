use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_dynamodb_table` has `deletion_protection_enabled = true`. Unset, it is false (the
    /// DynamoDB default): Fail. A value unknown until apply gives Unknown. Off by default (medium
    /// severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Without deletion protection a single `DeleteTable` call, a mistaken `terraform destroy` or a
    /// renamed resource removes the table and every item in it; only a backup brings it back.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_dynamodb_table" "orders" {
    ///   name         = "orders"
    ///   billing_mode = "PAY_PER_REQUEST"
    ///   hash_key     = "id"
    ///   attribute {
    ///     name = "id"
    ///     type = "S"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `deletion_protection_enabled = true` (turn it off on purpose before a planned delete).
    pub struct DeletionProtectionOff {
        id: "AWS-DDB-007",
        slug: "dynamodb-deletion-protection-off",
        service: "dynamodb",
        category: "resilience",
        severity: Medium,
        title: "DynamoDB table without deletion protection",
        types: ["aws_dynamodb_table"],
        default_enabled: false,
        covers: [Fsbp "DynamoDB.6"],
        check: Spec::all(&[attr("deletion_protection_enabled", Is(Bool(true))).default(Bool(false)).risk("one API call deletes the table and its data")]),
    }
}
