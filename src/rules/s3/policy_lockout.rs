use crate::rules::policy_doc::{self, Statement};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The bucket policy (`aws_s3_bucket_policy.policy`, or the legacy inline `policy` of
    /// `aws_s3_bucket`) has no `Deny` statement that shuts everyone out: principal `"*"` (or
    /// `{"AWS": "*"}`), `Action` `"*"` or `"s3:*"`, and no `Condition` (a TLS-only or VPC-only
    /// deny has one, and passes). A `NotPrincipal` deny counts only when it spares no
    /// principal but the root. No policy passes; a policy, or a statement's effect,
    /// principals, actions or conditions, known only at apply gives Unknown. Off by default
    /// (medium): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Such a deny also blocks `s3:PutBucketPolicy` and `s3:DeleteBucketPolicy` for every
    /// role and user: only the account's root user can remove it.
    ///
    /// ## Example
    /// ```hcl
    /// statement {
    ///   effect    = "Deny"
    ///   actions   = ["s3:*"]
    ///   resources = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
    ///   principals {
    ///     type        = "*"
    ///     identifiers = ["*"]
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add the condition that says what is denied (`aws:SecureTransport = false`,
    /// `aws:SourceVpce`), or exempt an administration role with `aws:PrincipalArn`.
    pub struct PolicyLockout {
        id: "AWS-S3-021",
        slug: "s3-bucket-policy-lockout",
        service: "s3",
        category: "access-control",
        severity: Medium,
        title: "Bucket policy denies every principal all actions",
        types: ["aws_s3_bucket_policy", "aws_s3_bucket"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_93"],
    }
}

impl Rule for PolicyLockout {
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

fn verdict(statements: &[Statement]) -> (Status, String) {
    let mut open = None;
    for (i, s) in statements.iter().enumerate() {
        if s.allow && !s.is_open("effect") {
            continue;
        }
        let everyone = s
            .principals
            .iter()
            .any(|(k, p)| (k == "*" || k == "AWS") && p == "*")
            || (!s.not_principals.is_empty()
                && s.not_principals.iter().all(|(_, p)| p.ends_with(":root")));
        let all = s
            .actions
            .iter()
            .any(|a| a == "*" || a.eq_ignore_ascii_case("s3:*"));
        let field = ["effect", "principals", "actions", "conditions"]
            .into_iter()
            .find(|f| s.is_open(f));
        match field {
            None if everyone && all && s.conditions.is_empty() => {
                return (
                    Status::Fail,
                    format!(
                        "statement {} denies every action to every principal, unconditionally",
                        i + 1
                    ),
                )
            }
            None => {}
            Some(f) => {
                open.get_or_insert(format!(
                    "the {f} of statement {} are unknown until apply",
                    i + 1
                ));
            }
        }
    }
    match open {
        Some(why) => (Status::Unknown, why),
        None => (
            Status::Pass,
            "no unconditional Deny of every action to every principal".to_string(),
        ),
    }
}
