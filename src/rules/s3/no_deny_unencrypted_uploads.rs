use crate::rules::policy_doc::action_matches;
use crate::rules::s3::{bucket_policy_verdict, by_partner};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// When the requirements ask for it: the bucket policy denies `s3:PutObject` without
    /// server-side encryption (a Deny with a condition on `s3:x-amz-server-side-encryption`,
    /// `StringNotEquals` or `Null`). Low: S3 encrypts every object by default since 2023. Off
    /// by default; enable it in tfaudit.toml.
    ///
    /// S3 keeps one configuration of this kind per bucket, the one applied last: several
    /// resources (or a legacy inline block and a resource) that disagree give Unknown.
    ///
    /// ## Why it matters
    /// It forces uploads to name the intended encryption (typically the KMS key) instead of
    /// falling back to SSE-S3.
    ///
    /// ## Example
    /// A bucket policy with no statement about `s3:x-amz-server-side-encryption`.
    ///
    /// ## Fix
    /// Add a Deny of `s3:PutObject` with `StringNotEquals` `s3:x-amz-server-side-encryption`
    /// `aws:kms`.
    pub struct NoDenyUnencryptedUploads {
        id: "AWS-S3-005",
        slug: "s3-no-deny-unencrypted-uploads",
        service: "s3",
        category: "encryption",
        severity: Low,
        title: "No deny of unencrypted uploads",
        types: ["aws_s3_bucket", "aws_s3_bucket_policy"],
        default_enabled: false,
    }
}

impl Rule for NoDenyUnencryptedUploads {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let wanted = |st: &crate::rules::policy_doc::Statement| {
            if ["effect", "actions", "conditions"]
                .iter()
                .any(|f| st.is_open(f))
            {
                return None;
            }
            Some(
                !st.allow
                    && st.actions.iter().any(|a| action_matches(a, "s3:PutObject"))
                    && (st.has_condition(
                        "StringNotEquals",
                        "s3:x-amz-server-side-encryption",
                        None,
                    ) || st.has_condition(
                        "Null",
                        "s3:x-amz-server-side-encryption",
                        Some("true"),
                    )),
            )
        };
        for (id, r) in cx.live("aws_s3_bucket") {
            let inline = bucket_policy_verdict(cx, r, &wanted, "denies unencrypted uploads");
            let (status, msg) = by_partner(
                cx,
                id,
                "aws_s3_bucket_policy",
                |p| {
                    bucket_policy_verdict(cx, p, &wanted, "denies unencrypted uploads")
                        .unwrap_or_else(|| (Status::Fail, format!("{} has no policy", p.address)))
                },
                inline.filter(|v| v.0 == Status::Pass),
                "no bucket policy denies s3:PutObject without server-side encryption",
            );
            cx.report(r, "policy", status, msg);
        }
    }
}
