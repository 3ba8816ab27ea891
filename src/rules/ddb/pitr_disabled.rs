use crate::model::Resource;
use crate::rules::attr::{attr, judge, Expect::Is, Lit::Bool, Test};
use crate::rules::ddb::{combine, replica_count, replica_region};
use crate::rules::{declare_rule, tri_bool, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_dynamodb_table` has `point_in_time_recovery { enabled = true }`, and so does each of
    /// its `replica` blocks (`point_in_time_recovery = true`: a replica table does not inherit
    /// it), and each `aws_dynamodb_table_replica`. Unset, point-in-time recovery is off (the
    /// DynamoDB default). A value unknown until apply, or replica blocks from a `dynamic` block over
    /// unknown values, give Unknown. The legacy `aws_dynamodb_global_table` (2017 version) has no
    /// such argument and is not judged: its regional tables are.
    ///
    /// ## Why it matters
    /// Without point-in-time recovery a bad deploy, a faulty script or a deleted item can only be
    /// undone from an on-demand backup, if there is one; with it, the table can be restored to
    /// any second of the last 35 days.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_dynamodb_table" "orders" {
    ///   name     = "orders"
    ///   hash_key = "id"
    ///   # ... no point_in_time_recovery
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// point_in_time_recovery {
    ///   enabled = true
    /// }
    /// ```
    /// and `point_in_time_recovery = true` in each `replica` block.
    pub struct PitrDisabled {
        id: "AWS-DDB-003",
        slug: "dynamodb-pitr-disabled",
        service: "dynamodb",
        category: "resilience",
        severity: Medium,
        title: "DynamoDB point-in-time recovery off",
        types: ["aws_dynamodb_table", "aws_dynamodb_table_replica"],
        default_enabled: true,
        covers: [Fsbp "DynamoDB.2", Checkov "CKV_AWS_28", Trivy "AVD-AWS-0024", Kics "dynamodb_table_point_in_time_recovery_disabled"],
    }
}

/// Unset, a table has no point-in-time recovery.
const PITR: Test = attr("point_in_time_recovery.0.enabled", Is(Bool(true))).default(Bool(false));

/// Unset, a replica managed on its own has none either.
const REPLICA_PITR: Test = attr("point_in_time_recovery", Is(Bool(true))).default(Bool(false));

impl Rule for PitrDisabled {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        for (_, r) in cx.live("aws_dynamodb_table") {
            let own = judge(cx, r, &PITR);
            let mut parts = vec![(own.status, own.message)];
            match replica_count(cx, r) {
                Ok(n) => parts.extend((0..n).map(|i| replica(cx, r, i))),
                Err(why) => parts.push((Status::Unknown, why)),
            }
            let (status, message) = combine(parts);
            let prov = stack.provenance(r, PITR.path);
            cx.push(r, PITR.path, status, message, prov);
        }
        for (_, r) in cx.live("aws_dynamodb_table_replica") {
            let v = judge(cx, r, &REPLICA_PITR);
            let prov = stack.provenance(r, REPLICA_PITR.path);
            cx.push(r, REPLICA_PITR.path, v.status, v.message, prov);
        }
    }
}

/// One `replica` block of a table: its own `point_in_time_recovery` (unset: off).
fn replica(cx: &Cx, r: &Resource, i: usize) -> (Status, String) {
    let region = replica_region(cx, r, i);
    let e = cx
        .stack
        .eff(r, &format!("replica.{i}.point_in_time_recovery"));
    match tri_bool(&e, false) {
        Some(true) => (Status::Pass, format!("the replica in {region} has it")),
        Some(false) => (
            Status::Fail,
            format!("the replica in {region} has no point-in-time recovery (replica point_in_time_recovery is off by default)"),
        ),
        None => (
            Status::Unknown,
            format!("the replica in {region}: point_in_time_recovery is {}", unknown_reason(&e)),
        ),
    }
}
