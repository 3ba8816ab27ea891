use crate::rules::policy_doc;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The bucket policy (`aws_s3_bucket_policy.policy`, or the legacy inline `policy` of
    /// `aws_s3_bucket`) has no `Allow` statement whose `Action` is `"*"` or `"s3:*"` (any
    /// case), nor a `NotAction` that names no S3 action (it grants every action it does not
    /// name), whoever the principal. `Deny` statements with them are fine (the usual TLS-only
    /// guard). No policy passes. The policy may be JSON text or an `aws_iam_policy_document`;
    /// one known only at apply, or a statement whose effect or actions are, gives Unknown.
    ///
    /// ## Why it matters
    /// Every S3 action includes `s3:PutBucketPolicy`, `s3:DeleteBucket` and
    /// `s3:PutBucketAcl`: the principal can rewrite the policy, open the bucket, or delete it
    /// with its data, not only read and write objects.
    ///
    /// ## Example
    /// ```hcl
    /// statement {
    ///   actions   = ["s3:*"]
    ///   resources = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
    ///   principals {
    ///     type        = "AWS"
    ///     identifiers = [aws_iam_role.app.arn]
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// List the actions needed: `actions = ["s3:GetObject", "s3:PutObject"]`.
    pub struct PolicyAllowsAllActions {
        id: "AWS-S3-014",
        slug: "s3-bucket-policy-allows-all-actions",
        service: "s3",
        category: "access-control",
        severity: Critical,
        title: "Bucket policy allows every S3 action",
        types: ["aws_s3_bucket_policy", "aws_s3_bucket"],
        default_enabled: true,
        covers: [Kics "s3_bucket_with_all_permissions"],
    }
}

/// Whether an action pattern grants every S3 action.
fn all_actions(a: &str) -> bool {
    a == "*" || a.eq_ignore_ascii_case("s3:*")
}

impl Rule for PolicyAllowsAllActions {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for t in Self::META.types {
            for (_, r) in cx.live(t) {
                let (status, msg) = match &*policy_doc::statements(cx.stack, r, "policy") {
                    Ok(None) => (Status::Pass, "no bucket policy".to_string()),
                    Err(why) => (Status::Unknown, format!("the policy is {why}")),
                    Ok(Some(st)) => verdict(st),
                };
                cx.report(r, "policy", status, msg);
            }
        }
    }
}

/// Whether an action pattern may match some S3 action (its service part matches `s3`).
fn touches_s3(a: &str) -> bool {
    let service = a.split_once(':').map_or(a, |(s, _)| s);
    crate::rules::iam_actions::glob_match(&service.to_ascii_lowercase(), "s3")
}

fn verdict(statements: &[policy_doc::Statement]) -> (Status, String) {
    let mut open = None;
    for (i, s) in statements.iter().enumerate() {
        // An Allow with `NotAction` grants every action it does not name.
        let all = s
            .actions
            .iter()
            .find(|a| all_actions(a))
            .map(|a| format!("Action {a:?}"))
            .or_else(|| {
                (!s.not_actions.is_empty() && !s.not_actions.iter().any(|a| touches_s3(a)))
                    .then(|| format!("every action but NotAction {:?}", s.not_actions))
            });
        if s.allow && !s.is_open("effect") {
            if let Some(a) = all {
                return (
                    Status::Fail,
                    format!("statement {} allows {a}: every S3 action", i + 1),
                );
            }
        }
        if (s.allow || s.is_open("effect")) && (all.is_some() || s.is_open("actions")) {
            let field = if s.is_open("effect") {
                "effect"
            } else {
                "actions"
            };
            open.get_or_insert(format!(
                "the {field} of statement {} are unknown until apply",
                i + 1
            ));
        }
    }
    match open {
        Some(why) => (Status::Unknown, why),
        None => (
            Status::Pass,
            "no Allow statement grants Action \"*\" or \"s3:*\"".to_string(),
        ),
    }
}
