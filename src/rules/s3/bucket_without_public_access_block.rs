use crate::model::{ResId, Resource};
use crate::rules::s3;
use crate::rules::{declare_rule, tri_bool, Cx, Rule, RuleMeta, Status, Tri};

declare_rule! {
    /// ## What it checks
    /// Every `aws_s3_bucket` is covered by a public access block with all four settings on
    /// (`block_public_acls`, `block_public_policy`, `ignore_public_acls`,
    /// `restrict_public_buckets`): an `aws_s3_bucket_public_access_block` whose `bucket`
    /// points at it (followed through modules), or an `aws_s3_account_public_access_block`.
    /// A setting unknown until apply, or a block whose `bucket` cannot be followed, gives
    /// Unknown. A bucket keeps one block of its own, the one applied last: two that disagree
    /// give Unknown unless the account's block covers the bucket.
    ///
    /// ## Why it matters
    /// Without the block, one ACL or bucket policy that grants `*` makes the data public. The
    /// block is the guard rail that holds even when someone gets a policy wrong.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_s3_bucket" "data" {
    ///   bucket = "example-data"
    /// }
    /// # no aws_s3_bucket_public_access_block for it
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_s3_bucket_public_access_block" "data" {
    ///   bucket                  = aws_s3_bucket.data.id
    ///   block_public_acls       = true
    ///   block_public_policy     = true
    ///   ignore_public_acls      = true
    ///   restrict_public_buckets = true
    /// }
    /// ```
    pub struct BucketWithoutPublicAccessBlock {
        id: "AWS-S3-001",
        slug: "s3-bucket-without-public-access-block",
        service: "s3",
        category: "data-protection",
        severity: High,
        title: "Bucket without public access block",
        types: ["aws_s3_bucket", "aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"],
        default_enabled: true,
        covers: [Fsbp "S3.8", Cis "2.1.4", Checkov "CKV2_AWS_6", Trivy "AVD-AWS-0086", Trivy "AVD-AWS-0087", Trivy "AVD-AWS-0091", Trivy "AVD-AWS-0093", Trivy "AVD-AWS-0094"],
    }
}

const SETTINGS: [&str; 4] = [
    "block_public_acls",
    "block_public_policy",
    "ignore_public_acls",
    "restrict_public_buckets",
];

/// A block's verdict: all on, some off (named), or some unknown.
fn settings(cx: &Cx, r: &Resource) -> (Tri, Vec<&'static str>) {
    let mut off = Vec::new();
    let mut unknown = false;
    for s in SETTINGS {
        match tri_bool(&cx.stack.eff(r, s), false) {
            Some(true) => {}
            Some(false) => off.push(s),
            None => unknown = true,
        }
    }
    let verdict = if !off.is_empty() {
        Some(false)
    } else if unknown {
        None
    } else {
        Some(true)
    };
    (verdict, off)
}

impl Rule for BucketWithoutPublicAccessBlock {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let account: Vec<ResId> = cx
            .live("aws_s3_account_public_access_block")
            .map(|(i, _)| i)
            .collect();
        for (id, r) in cx.live("aws_s3_bucket") {
            let p = cx.partners(id, "aws_s3_bucket_public_access_block", "bucket");
            let verdict = |b: ResId| {
                let block = &cx.stack.resources[b];
                let (verdict, off) = settings(cx, block);
                match verdict {
                    Some(true) => (
                        Status::Pass,
                        format!("public access blocked by {}", block.address),
                    ),
                    None => (
                        Status::Unknown,
                        format!("settings of {} are unknown until apply", block.address),
                    ),
                    Some(false) => (
                        Status::Fail,
                        format!("{} leaves {} off", block.address, off.join(", ")),
                    ),
                }
            };
            // The bucket keeps one block of its own (the last applied); the account's adds to
            // it: the more protective of the two applies.
            let own = s3::one_configuration(
                p.found.iter().map(|e| verdict(e.from)).collect(),
                "aws_s3_bucket_public_access_block",
            );
            let rank = |s: Status| match s {
                Status::Pass => 0,
                Status::Unknown => 1,
                Status::Fail => 2,
            };
            let mut best: Option<(Status, String)> = own;
            for candidate in account.iter().map(|&a| verdict(a)) {
                if best.as_ref().is_none_or(|b| rank(candidate.0) < rank(b.0)) {
                    best = Some(candidate);
                }
            }
            let (status, msg) = match (best, p.unresolved.first()) {
                (Some((Status::Pass, m)), _) => (Status::Pass, m),
                (_, Some(u)) => (
                    Status::Unknown,
                    format!(
                        "no public access block found, but the bucket of {} cannot be followed: {}",
                        cx.address(u.from),
                        u.reason
                    ),
                ),
                (Some(b), None) => b,
                (None, None) => (
                    Status::Fail,
                    "no aws_s3_bucket_public_access_block points at this bucket and there is no account-level block".into(),
                ),
            };
            cx.report(r, "", status, msg);
        }
    }
}
