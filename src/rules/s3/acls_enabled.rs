use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_s3_bucket_ownership_controls` sets `rule.object_ownership` to
    /// `BucketOwnerEnforced`, which disables ACLs. `BucketOwnerPreferred` and `ObjectWriter`
    /// keep ACLs in force and fail; a value known only at apply gives Unknown. A bucket without
    /// ownership controls is not judged: S3 creates new buckets with `BucketOwnerEnforced`
    /// since April 2023. Off by default (medium): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// With ACLs in force, objects uploaded by other accounts can stay theirs, and an object or
    /// bucket ACL can grant access that the bucket policy does not show.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_s3_bucket_ownership_controls" "data" {
    ///   bucket = aws_s3_bucket.data.id
    ///   rule {
    ///     object_ownership = "ObjectWriter"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// rule {
    ///   object_ownership = "BucketOwnerEnforced"
    /// }
    /// ```
    pub struct AclsEnabled {
        id: "AWS-S3-018",
        slug: "s3-acls-enabled",
        service: "s3",
        category: "access-control",
        severity: Medium,
        title: "Bucket object ownership keeps ACLs enabled",
        types: ["aws_s3_bucket_ownership_controls"],
        default_enabled: false,
        covers: [Fsbp "S3.12", Checkov "CKV2_AWS_65"],
        check: Spec::all(&[attr("rule.0.object_ownership", Is(Str("BucketOwnerEnforced")))
            .risk("ACLs can grant access the bucket policy does not show")]),
    }
}
