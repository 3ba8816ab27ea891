use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_s3_access_point` blocks public access: each of `block_public_acls`,
    /// `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` in
    /// `public_access_block_configuration` is not `false`. Unset (the block or a setting), S3
    /// enables it: that passes. A value known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// An access point's block settings cannot be changed after creation; one created with a
    /// setting off lets a public access point policy or ACL expose the bucket's data through
    /// it.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_s3_access_point" "data" {
    ///   bucket = aws_s3_bucket.data.id
    ///   name   = "data"
    ///   public_access_block_configuration {
    ///     block_public_policy     = false
    ///     restrict_public_buckets = false
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove the `public_access_block_configuration` block (all settings on), or set each to
    /// `true`.
    pub struct AccessPointPublic {
        id: "AWS-S3-012",
        slug: "s3-access-point-public-access-not-blocked",
        service: "s3",
        category: "data-protection",
        severity: Critical,
        title: "Access point does not block public access",
        types: ["aws_s3_access_point"],
        default_enabled: true,
        covers: [Fsbp "S3.19", Checkov "CKV_AWS_392"],
        check: Spec::all(&[
            attr("public_access_block_configuration.0.block_public_acls", Is(Bool(true))).default(Bool(true)),
            attr("public_access_block_configuration.0.block_public_policy", Is(Bool(true))).default(Bool(true)),
            attr("public_access_block_configuration.0.ignore_public_acls", Is(Bool(true))).default(Bool(true)),
            attr("public_access_block_configuration.0.restrict_public_buckets", Is(Bool(true))).default(Bool(true)),
        ]),
    }
}
