use crate::model::{Eff, Val};
use crate::rules::attr::{attr, judge_all, Expect::*, Lit::*, Spec};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// An `aws_kinesis_firehose_delivery_stream` that receives records directly (no
    /// `kinesis_source_configuration` or `msk_source_configuration`: their source stream or
    /// cluster does the encrypting, and Firehose refuses server-side encryption for them) has
    /// `server_side_encryption` with `enabled = true`, `key_type = "CUSTOMER_MANAGED_CMK"` and
    /// a customer managed `key_arn`. Unset, `enabled` is `false` and `key_type` is
    /// `AWS_OWNED_CMK`. Values known only at apply give Unknown; a key created in the same plan
    /// counts as a customer key.
    ///
    /// ## Why it matters
    /// Firehose buffers records for up to 15 minutes before delivery. With a key of your own,
    /// reading them needs access to the key, and the key's use is recorded in CloudTrail.
    ///
    /// ## Example
    /// A `DirectPut` delivery stream without a `server_side_encryption` block.
    ///
    /// ## Fix
    /// ```hcl
    /// server_side_encryption {
    ///   enabled  = true
    ///   key_type = "CUSTOMER_MANAGED_CMK"
    ///   key_arn  = aws_kms_key.firehose.arn
    /// }
    /// ```
    pub struct FirehoseNotEncrypted {
        id: "AWS-KIN-002",
        slug: "firehose-not-encrypted-with-customer-key",
        service: "kinesis",
        category: "encryption",
        severity: High,
        title: "Firehose not encrypted with a customer key",
        types: ["aws_kinesis_firehose_delivery_stream"],
        default_enabled: true,
        covers: [Fsbp "DataFirehose.1", Checkov "CKV_AWS_240", Checkov "CKV_AWS_241", Kics "kinesis_sse_not_configured"],
    }
}

const SPEC: Spec = Spec::all(&[
    attr("server_side_encryption.0.enabled", Is(Bool(true)))
        .default(Bool(false))
        .risk("buffered records are not encrypted with a key of yours"),
    attr(
        "server_side_encryption.0.key_type",
        Is(Str("CUSTOMER_MANAGED_CMK")),
    )
    .default(Str("AWS_OWNED_CMK"))
    .risk("the records are encrypted with a key you do not control"),
    attr("server_side_encryption.0.key_arn", CustomerKey),
]);

/// Whether a source block is present (its stream or cluster encrypts the records).
fn has_source(cx: &Cx, r: &crate::model::Resource) -> bool {
    ["kinesis_source_configuration", "msk_source_configuration"]
        .iter()
        .any(|b| match cx.stack.eff(r, b) {
            Eff::Known(Val::Arr(items)) => !items.is_empty(),
            Eff::Known(Val::Obj(_)) => true,
            _ => false,
        })
}

impl Rule for FirehoseNotEncrypted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_kinesis_firehose_delivery_stream") {
            if has_source(cx, r) {
                continue;
            }
            if let Some((status, msg, path)) = judge_all(cx, r, &SPEC) {
                let prov = cx.stack.provenance(r, &path);
                cx.push(r, &path, status, msg, prov);
            }
        }
    }
}
