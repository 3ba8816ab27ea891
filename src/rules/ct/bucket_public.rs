use crate::model::ResId;
use crate::rules::ct::trail_bucket;
use crate::rules::judge::policy_not_public;
use crate::rules::s3::{public_acl, AclAccess};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The S3 bucket an `aws_cloudtrail` delivers to (`s3_bucket_name`, followed to an
    /// `aws_s3_bucket` of the plan) is not public: its ACL (the bucket's inline `acl` /
    /// `grant`, or an `aws_s3_bucket_acl`) gives nothing to `AllUsers` or
    /// `AuthenticatedUsers` (as AWS-S3-009 and AWS-S3-010 judge it), and its policy (inline,
    /// or an `aws_s3_bucket_policy`) opens nothing to any principal without a restricting
    /// condition (as AWS-S3-011). An ACL or policy known only at apply, a companion whose
    /// bucket cannot be followed, or a bucket outside the plan gives Unknown. Reported on
    /// the trail.
    ///
    /// ## Why it matters
    /// CloudTrail logs map the account: principals, resources, IP addresses, errors. Public,
    /// they are a reconnaissance gift; writable, an attacker can plant or delete evidence.
    ///
    /// ## Example
    /// A trail bucket with `aws_s3_bucket_acl` `acl = "public-read"`.
    ///
    /// ## Fix
    /// Keep the trail bucket private: ACLs disabled (`BucketOwnerEnforced`), a bucket policy
    /// allowing only `cloudtrail.amazonaws.com` with an `aws:SourceArn` condition, and a public
    /// access block.
    pub struct BucketPublic {
        id: "AWS-CT-007",
        slug: "cloudtrail-bucket-public",
        service: "cloudtrail",
        category: "data-protection",
        severity: Critical,
        title: "CloudTrail bucket is public",
        types: ["aws_cloudtrail"],
        default_enabled: true,
        covers: [Trivy "AVD-AWS-0161", Kics "cloudtrail_log_files_s3_bucket_is_publicly_accessible"],
    }
}

/// The worst verdict on a bucket's ACLs and policies (its own and its companions').
fn bucket_verdict(cx: &Cx, bucket: ResId) -> (Status, String) {
    let b = &cx.stack.resources[bucket];
    let mut verdicts = vec![
        {
            let (s, m, _) = public_acl(cx, b, AclAccess::Read);
            (s, format!("{}: {m}", b.address))
        },
        {
            let (s, m, _) = public_acl(cx, b, AclAccess::Write);
            (s, format!("{}: {m}", b.address))
        },
        {
            let (s, m) = policy_not_public(cx, b, "policy");
            (s, format!("{}: {m}", b.address))
        },
    ];
    for (t, judge) in [("aws_s3_bucket_acl", 0u8), ("aws_s3_bucket_policy", 1u8)] {
        let p = cx.partners(bucket, t, "bucket");
        for e in &p.found {
            let r = &cx.stack.resources[e.from];
            let mut add =
                |(s, m): (Status, String)| verdicts.push((s, format!("{}: {m}", r.address)));
            if judge == 0 {
                for access in [AclAccess::Read, AclAccess::Write] {
                    let (s, m, _) = public_acl(cx, r, access);
                    add((s, m));
                }
            } else {
                add(policy_not_public(cx, r, "policy"));
            }
        }
        if let Some(u) = p.unresolved.first() {
            verdicts.push((
                Status::Unknown,
                format!(
                    "the bucket of {} cannot be followed: {}",
                    cx.address(u.from),
                    u.reason
                ),
            ));
        }
    }
    for wanted in [Status::Fail, Status::Unknown] {
        if let Some(v) = verdicts.iter().find(|v| v.0 == wanted) {
            return v.clone();
        }
    }
    (
        Status::Pass,
        format!(
            "{}: no public ACL grant and no bucket policy open to any principal",
            b.address
        ),
    )
}

impl Rule for BucketPublic {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_cloudtrail") {
            let (status, msg) = match trail_bucket(cx, r) {
                Ok(b) => bucket_verdict(cx, b),
                Err(v) => v,
            };
            cx.report(r, "s3_bucket_name", status, msg);
        }
    }
}
