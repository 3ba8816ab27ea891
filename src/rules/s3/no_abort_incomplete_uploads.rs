use crate::model::{Eff, Resource, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_s3_bucket_lifecycle_configuration` has a rule with `status = "Enabled"`, an
    /// `abort_incomplete_multipart_upload` block with `days_after_initiation`, and a filter
    /// that does not narrow it (no `filter` block, or one with an empty `prefix` and no `tag`
    /// or `and`): every incomplete upload of the bucket is aborted. Without such a rule, S3
    /// keeps incomplete uploads forever: it fails. Rules, statuses or filters known only at
    /// apply give Unknown when no rule passes. Off by default (medium): it runs under
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// The parts of uploads that never complete are billed and invisible in object listings;
    /// they pile up unseen.
    ///
    /// ## Example
    /// ```hcl
    /// rule {
    ///   id     = "expire"
    ///   status = "Enabled"
    ///   filter {}
    ///   expiration {
    ///     days = 365
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// rule {
    ///   id     = "abort-uploads"
    ///   status = "Enabled"
    ///   filter {}
    ///   abort_incomplete_multipart_upload {
    ///     days_after_initiation = 7
    ///   }
    /// }
    /// ```
    pub struct NoAbortIncompleteUploads {
        id: "AWS-S3-020",
        slug: "s3-lifecycle-no-abort-incomplete-uploads",
        service: "s3",
        category: "cost",
        severity: Medium,
        title: "Lifecycle does not abort incomplete multipart uploads",
        types: ["aws_s3_bucket_lifecycle_configuration"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_300"],
    }
}

impl Rule for NoAbortIncompleteUploads {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_s3_bucket_lifecycle_configuration") {
            let (status, msg) = verdict(cx, r);
            cx.report(r, "rule", status, msg);
        }
    }
}

/// Whether rule `base` aborts every incomplete upload: Err when that is unknown.
fn aborts(cx: &Cx, r: &Resource, base: &str) -> Result<bool, String> {
    let at = |f: &str| cx.stack.eff(r, &format!("{base}.{f}"));
    let unknown = |f: &str, e: &Eff| Err(format!("{base}.{f} is {}", unknown_reason(e)));
    match at("status") {
        Eff::Known(Val::Str(s)) if s.as_ref() == "Enabled" => {}
        Eff::Known(_) | Eff::NotSet => return Ok(false),
        e => return unknown("status", &e),
    }
    match at("abort_incomplete_multipart_upload.0.days_after_initiation") {
        Eff::Known(Val::Null) | Eff::NotSet => return Ok(false),
        Eff::Known(_) => {}
        e => return unknown("abort_incomplete_multipart_upload", &e),
    }
    for narrowing in ["filter.0.prefix", "filter.0.tag", "filter.0.and", "prefix"] {
        match at(narrowing) {
            Eff::Known(v) if v.is_empty() => {}
            Eff::NotSet => {}
            Eff::Known(_) => return Ok(false),
            e => return unknown(narrowing, &e),
        }
    }
    Ok(true)
}

fn verdict(cx: &Cx, r: &Resource) -> (Status, String) {
    let n = match cx.stack.eff(r, "rule") {
        Eff::Known(Val::Arr(items)) => items.len(),
        Eff::Known(_) | Eff::NotSet => 0,
        e => return (Status::Unknown, format!("rule is {}", unknown_reason(&e))),
    };
    let mut open = None;
    for i in 0..n {
        let base = format!("rule.{i}");
        match aborts(cx, r, &base) {
            Ok(true) => {
                return (
                    Status::Pass,
                    format!("{base} aborts incomplete multipart uploads of the whole bucket"),
                )
            }
            Ok(false) => {}
            Err(why) => {
                open.get_or_insert(why);
            }
        }
    }
    match open {
        Some(why) => (Status::Unknown, why),
        None => (
            Status::Fail,
            "no enabled rule aborts incomplete multipart uploads of the whole bucket".to_string(),
        ),
    }
}
