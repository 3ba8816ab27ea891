use crate::model::{Eff, Val};
use crate::rules::attr::{attr, judge, Expect::CustomerKey, Test};
use crate::rules::judge::customer_key;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_s3_object`, `aws_s3_bucket_object` and `aws_s3_object_copy` have a `kms_key_id` that
    /// is a customer managed key; a key created in the same apply counts, an AWS managed alias
    /// (`alias/aws/s3`, by name or ARN) fails. Unset, the object gets its bucket's default
    /// encryption: it passes when that bucket is in the plan with a default
    /// `kms_master_key_id` that is a customer key (an
    /// `aws_s3_bucket_server_side_encryption_configuration`, or the legacy inline block), and
    /// fails otherwise (SSE-S3 unless configured). A value that cannot be followed gives
    /// Unknown.
    ///
    /// ## Why it matters
    /// With SSE-S3 or the AWS managed key, anyone allowed `s3:GetObject` reads the object; a
    /// customer key adds a second, separately audited gate (`kms:Decrypt`) and lets the key
    /// owner revoke access to all objects at once.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_s3_object" "config" {
    ///   bucket  = aws_s3_bucket.data.id
    ///   key     = "config.json"
    ///   content = "{}"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_s3_object" "config" {
    ///   bucket     = aws_s3_bucket.data.id
    ///   key        = "config.json"
    ///   content    = "{}"
    ///   kms_key_id = aws_kms_key.data.arn
    /// }
    /// ```
    pub struct ObjectNotCustomerKey {
        id: "AWS-S3-013",
        slug: "s3-object-not-customer-key",
        service: "s3",
        category: "encryption",
        severity: High,
        title: "Object not encrypted with a customer KMS key",
        types: ["aws_s3_object", "aws_s3_bucket_object", "aws_s3_object_copy"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_186", Checkov "CKV_AWS_181", Kics "s3_bucket_object_not_encrypted"],
    }
}

const KEY: Test = attr("kms_key_id", CustomerKey);

const DEFAULT_KEY: &str = "apply_server_side_encryption_by_default.0.kms_master_key_id";

/// The bucket's default customer key, when the bucket is in the plan and has one.
fn bucket_default_key(cx: &Cx, object: &crate::model::Resource) -> Option<String> {
    let stack = cx.stack;
    for b in cx.targets(object, "bucket").ids {
        let bucket = &stack.resources[b];
        if bucket.rtype != "aws_s3_bucket" {
            continue;
        }
        let inline = format!("server_side_encryption_configuration.0.rule.0.{DEFAULT_KEY}");
        let mut configs = vec![(bucket, inline)];
        for e in cx
            .partners(
                b,
                "aws_s3_bucket_server_side_encryption_configuration",
                "bucket",
            )
            .found
        {
            configs.push((&stack.resources[e.from], format!("rule.0.{DEFAULT_KEY}")));
        }
        for (r, path) in configs {
            let set = !matches!(stack.eff(r, &path), Eff::NotSet | Eff::Known(Val::Null));
            if set && customer_key(cx, r, &path, |_| String::new(), "").0 == Status::Pass {
                return Some(r.address.to_string());
            }
        }
    }
    None
}

impl Rule for ObjectNotCustomerKey {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        for &t in Self::META.types {
            for (_, r) in cx.live(t) {
                let mut v = judge(cx, r, &KEY);
                let unset = matches!(stack.eff(r, KEY.path), Eff::NotSet | Eff::Known(Val::Null));
                if v.status == Status::Fail && unset {
                    if let Some(by) = bucket_default_key(cx, r) {
                        v.status = Status::Pass;
                        v.message = format!(
                            "kms_key_id is not set: the bucket's default encryption uses a customer key ({by})"
                        );
                    }
                }
                let prov = stack.provenance(r, KEY.path);
                cx.push(r, KEY.path, v.status, v.message, prov);
            }
        }
    }
}
