use crate::rules::s3::{public_acl, AclAccess};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// The ACL of a bucket — an `aws_s3_bucket_acl` (`acl`, or the grants of
    /// `access_control_policy`) or the legacy inline `acl` and `grant` blocks of
    /// `aws_s3_bucket` — gives no read access to everyone: no canned ACL `public-read`, `public-read-write` or `authenticated-read`, no grant
    /// of `READ`, `READ_ACP` or `FULL_CONTROL` to the `AllUsers` or `AuthenticatedUsers` group (any AWS account counts as
    /// public). Unset, a bucket's ACL is `private`: it passes. An ACL or grant known only at
    /// apply gives Unknown. The ACL is judged as written: a public access block with
    /// `ignore_public_acls` neutralises it (AWS-S3-001), and with object ownership
    /// `BucketOwnerEnforced` S3 rejects it at apply.
    ///
    /// ## Why it matters
    /// Anyone (or any AWS account) can list the bucket and, with `READ_ACP`, read its ACL to find what else is open — the classic S3 data leak.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_s3_bucket_acl" "site" {
    ///   bucket = aws_s3_bucket.site.id
    ///   acl    = "public-read"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_s3_bucket_ownership_controls" "site" {
    ///   bucket = aws_s3_bucket.site.id
    ///   rule {
    ///     object_ownership = "BucketOwnerEnforced"
    ///   }
    /// }
    /// ```
    /// (ACLs disabled), and grant access through the bucket policy to named principals.
    pub struct AclPublicRead {
        id: "AWS-S3-009",
        slug: "s3-acl-public-read",
        service: "s3",
        category: "data-protection",
        severity: Critical,
        title: "Bucket ACL grants public read",
        types: ["aws_s3_bucket", "aws_s3_bucket_acl"],
        default_enabled: true,
        covers: [Fsbp "S3.2", Checkov "CKV_AWS_20", Checkov "CKV_AWS_375", Trivy "AVD-AWS-0092", Kics "s3_bucket_acl_allows_read_or_write_to_all_users", Checkov "CKV2_AWS_43", Kics "s3_bucket_acl_allows_read_to_any_authenticated_user", Kics "s3_bucket_allows_access_to_all_authenticated_users"],
    }
}

impl Rule for AclPublicRead {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for t in Self::META.types {
            for (_, r) in cx.live(t) {
                let (status, msg, attr) = public_acl(cx, r, AclAccess::Read);
                cx.report(r, &attr, status, msg);
            }
        }
    }
}
