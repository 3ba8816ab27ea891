use crate::model::Resource;
use crate::rules::attr::{attr, judge, Expect::CustomerKey, Expect::Is, Lit::Bool, Test};
use crate::rules::ddb::{combine, replica_count, replica_region};
use crate::rules::judge::customer_key;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_dynamodb_table` is encrypted with a customer managed KMS key:
    /// `server_side_encryption { enabled = true, kms_key_arn = <customer key> }`, and each of its
    /// `replica` blocks names one too (`kms_key_arn`: a replica does not inherit the table's key,
    /// which lives in another region); so does each `aws_dynamodb_table_replica`. AWS defaults:
    /// without `server_side_encryption` (or with `enabled = false`) DynamoDB encrypts with an AWS
    /// owned key, invisible to you; with `enabled = true` and no key, with the AWS managed key
    /// `alias/aws/dynamodb` (DynamoDB Developer Guide, "encryption at rest"). Both fail, as does an
    /// `alias/aws/...` key. A key created in the same plan counts; a key that cannot be followed
    /// gives Unknown.
    ///
    /// ## Why it matters
    /// With an AWS owned or AWS managed key, anyone with DynamoDB read permissions reads the data:
    /// the key's policy cannot restrict it, and CloudTrail does not show each use of the key. A
    /// customer key adds a second, separately governed permission, and can be disabled to cut off
    /// access in an incident.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_dynamodb_table" "orders" {
    ///   name     = "orders"
    ///   hash_key = "id"
    ///   server_side_encryption {
    ///     enabled = true # no kms_key_arn: alias/aws/dynamodb
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// server_side_encryption {
    ///   enabled     = true
    ///   kms_key_arn = aws_kms_key.orders.arn
    /// }
    /// replica {
    ///   region_name = "eu-west-1"
    ///   kms_key_arn = aws_kms_key.orders_eu.arn
    /// }
    /// ```
    pub struct NotCustomerKey {
        id: "AWS-DDB-004",
        slug: "dynamodb-not-customer-key",
        service: "dynamodb",
        category: "encryption",
        severity: High,
        title: "DynamoDB table without a customer KMS key",
        types: ["aws_dynamodb_table", "aws_dynamodb_table_replica"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_119" in ["aws_dynamodb_table"], Checkov "CKV_AWS_271" in ["aws_dynamodb_table_replica"], Trivy "AVD-AWS-0025", Kics "dynamodb_table_not_encrypted"],
    }
}

/// Unset, DynamoDB encrypts with an AWS owned key.
const SSE: Test = attr("server_side_encryption.0.enabled", Is(Bool(true)))
    .default(Bool(false))
    .risk("the table is encrypted with an AWS owned key");

/// With SSE on and no key, the AWS managed key `alias/aws/dynamodb`.
const TABLE_KEY: Test = attr("server_side_encryption.0.kms_key_arn", CustomerKey)
    .risk("the key's policy does not govern who reads the table");

/// A replica managed on its own: unset, the AWS managed key.
const REPLICA_KEY: Test =
    attr("kms_key_arn", CustomerKey).risk("the key's policy does not govern who reads the replica");

impl Rule for NotCustomerKey {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        for (_, r) in cx.live("aws_dynamodb_table") {
            let sse = judge(cx, r, &SSE);
            let (status, message, path) = if sse.status != Status::Pass {
                (sse.status, sse.message, SSE.path)
            } else {
                let key = judge(cx, r, &TABLE_KEY);
                let mut parts = vec![(key.status, key.message)];
                match replica_count(cx, r) {
                    Ok(n) => parts.extend((0..n).map(|i| replica(cx, r, i))),
                    Err(why) => parts.push((Status::Unknown, why)),
                }
                let (status, message) = combine(parts);
                (status, message, TABLE_KEY.path)
            };
            let prov = stack.provenance(r, path);
            cx.push(r, path, status, message, prov);
        }
        for (_, r) in cx.live("aws_dynamodb_table_replica") {
            let v = judge(cx, r, &REPLICA_KEY);
            let prov = stack.provenance(r, REPLICA_KEY.path);
            cx.push(r, REPLICA_KEY.path, v.status, v.message, prov);
        }
    }
}

/// One `replica` block: its own `kms_key_arn` (unset: the AWS managed key of its region).
fn replica(cx: &Cx, r: &Resource, i: usize) -> (Status, String) {
    let region = replica_region(cx, r, i);
    let path = format!("replica.{i}.kms_key_arn");
    let (status, message) = customer_key(
        cx,
        r,
        &path,
        |_| format!("the replica in {region} has a customer key"),
        "no kms_key_arn: it uses the AWS managed key alias/aws/dynamodb",
    );
    match status {
        Status::Pass => (status, message),
        _ => (status, format!("the replica in {region}: {message}")),
    }
}
