use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_s3control_multi_region_access_point` keeps all four settings of
    /// `details.public_access_block` true: `block_public_acls`, `block_public_policy`,
    /// `ignore_public_acls` and `restrict_public_buckets`. Unset, each is true (S3 enables all
    /// four on a Multi-Region Access Point by default): it passes. A value known only at apply
    /// gives Unknown. The settings cannot be changed after creation.
    ///
    /// ## Why it matters
    /// A Multi-Region Access Point without the block can accept internet requests that public
    /// bucket policies or ACLs allow, across every bucket it routes to.
    ///
    /// ## Example
    /// ```hcl
    /// details {
    ///   name = "global"
    ///   public_access_block {
    ///     block_public_policy = false
    ///   }
    ///   region {
    ///     bucket = aws_s3_bucket.eu.id
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Leave `public_access_block` out, or set all four settings to `true`.
    pub struct MultiRegionAccessPointPublic {
        id: "AWS-S3-015",
        slug: "s3-multi-region-access-point-public",
        service: "s3",
        category: "access-control",
        severity: High,
        title: "Multi-Region Access Point does not block public access",
        types: ["aws_s3control_multi_region_access_point"],
        default_enabled: true,
        covers: [Fsbp "S3.24"],
        check: Spec::all(&[
            attr("details.0.public_access_block.0.block_public_acls", Is(Bool(true))).default(Bool(true)).risk("public ACLs are honoured"),
            attr("details.0.public_access_block.0.block_public_policy", Is(Bool(true))).default(Bool(true)).risk("public bucket policies are honoured"),
            attr("details.0.public_access_block.0.ignore_public_acls", Is(Bool(true))).default(Bool(true)).risk("public ACLs are honoured"),
            attr("details.0.public_access_block.0.restrict_public_buckets", Is(Bool(true))).default(Bool(true)).risk("public bucket policies are honoured"),
        ]),
    }
}
