use crate::rules::s3::{bucket_policy_verdict, by_partner};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Every `aws_s3_bucket` has a bucket policy (an `aws_s3_bucket_policy` whose `bucket`
    /// points at it, its `policy` given as JSON or from an `aws_iam_policy_document`) with a
    /// Deny statement conditioned on `Bool aws:SecureTransport = false` alone, for every
    /// principal (`"*"`), every S3 action (`s3:*`) and the bucket and all its objects (its ARN
    /// and `ARN/*`, or `"*"`). A Deny narrowed to one account, some actions, a prefix, another
    /// bucket or an extra condition leaves the rest of the bucket reachable over plain HTTP,
    /// and does not count. A policy unknown at plan time gives Unknown, not Pass.
    ///
    /// S3 keeps one configuration of this kind per bucket, the one applied last: several
    /// resources (or a legacy inline block and a resource) that disagree give Unknown.
    ///
    /// ## Why it matters
    /// Without it, clients may talk plain HTTP to S3: credentials-signed requests and object
    /// contents cross the network unencrypted.
    ///
    /// ## Example
    /// A bucket with no policy, or a policy without the TLS condition.
    ///
    /// ## Fix
    /// ```hcl
    /// statement {
    ///   effect    = "Deny"
    ///   actions   = ["s3:*"]
    ///   resources = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
    ///   principals {
    ///     type        = "*"
    ///     identifiers = ["*"]
    ///   }
    ///   condition {
    ///     test     = "Bool"
    ///     variable = "aws:SecureTransport"
    ///     values   = ["false"]
    ///   }
    /// }
    /// ```
    pub struct NoTlsOnlyPolicy {
        id: "AWS-S3-004",
        slug: "s3-no-tls-only-bucket-policy",
        service: "s3",
        category: "encryption",
        severity: Medium,
        title: "No TLS-only bucket policy",
        types: ["aws_s3_bucket", "aws_s3_bucket_policy"],
        default_enabled: true,
        covers: [Fsbp "S3.5", Cis "2.1.1"],
    }
}

impl Rule for NoTlsOnlyPolicy {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        // `Bool` (or `BoolIfExists`) `aws:SecureTransport` false, and nothing else.
        let tls = |op: &str, key: &str, values: &[String]| {
            (op.eq_ignore_ascii_case("Bool") || op.eq_ignore_ascii_case("BoolIfExists"))
                && key.eq_ignore_ascii_case("aws:SecureTransport")
                && !values.is_empty()
                && values.iter().all(|v| v.eq_ignore_ascii_case("false"))
        };
        for (id, r) in cx.live("aws_s3_bucket") {
            let bucket = r.values.get("bucket").and_then(crate::model::Val::as_str);
            let wanted = |st: &crate::rules::policy_doc::Statement| {
                crate::rules::s3::denies_everyone_everything(st, bucket, tls)
            };
            let inline = bucket_policy_verdict(cx, r, &wanted, "denies requests without TLS to everyone, for every S3 action on the bucket and its objects");
            let (status, msg) = by_partner(
                cx,
                id,
                "aws_s3_bucket_policy",
                |p| {
                    bucket_policy_verdict(cx, p, &wanted, "denies requests without TLS to everyone, for every S3 action on the bucket and its objects")
                        .unwrap_or_else(|| {
                            (
                                crate::rules::Status::Fail,
                                format!("{} has no policy", p.address),
                            )
                        })
                },
                inline.filter(|v| v.0 == crate::rules::Status::Pass),
                "no bucket policy denies requests without TLS (aws:SecureTransport = false)",
            );
            cx.report(r, "policy", status, msg);
        }
    }
}
