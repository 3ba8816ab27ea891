use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// The bucket policy (`aws_s3_bucket_policy.policy`, or the legacy inline `policy` of
    /// `aws_s3_bucket`) opens nothing to any principal: no Allow statement names `"*"`,
    /// `{"AWS": "*"}`, any account's root or uses `NotPrincipal`, unless a condition limits it
    /// to an account, organisation, source or network (`aws:PrincipalOrgID`,
    /// `aws:SourceVpce`, `aws:SourceIp` with a range, `aws:SourceArn`, ...). Conditions such as
    /// `aws:SecureTransport` do not limit who. No policy passes. The policy may be JSON text or
    /// an `aws_iam_policy_document`; one known only at apply gives Unknown. A public access
    /// block with `block_public_policy` makes S3 reject such a policy at apply (AWS-S3-001
    /// judges the block).
    ///
    /// ## Why it matters
    /// Anyone on the internet can then read, list, overwrite or delete objects, according to
    /// the actions allowed — the classic S3 data leak.
    ///
    /// ## Example
    /// ```hcl
    /// statement {
    ///   actions   = ["s3:GetObject"]
    ///   resources = ["${aws_s3_bucket.site.arn}/*"]
    ///   principals {
    ///     type        = "*"
    ///     identifiers = ["*"]
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Serve public content through CloudFront with origin access control (principal
    /// `cloudfront.amazonaws.com` and an `aws:SourceArn` condition), or name the accounts.
    pub struct BucketPolicyPublic {
        id: "AWS-S3-011",
        slug: "s3-bucket-policy-public",
        service: "s3",
        category: "data-protection",
        severity: Critical,
        title: "Bucket policy open to any principal",
        types: ["aws_s3_bucket_policy", "aws_s3_bucket"],
        default_enabled: true,
        covers: [Fsbp "S3.2", Fsbp "S3.3", Checkov "CKV_AWS_70", Kics "s3_bucket_access_to_any_principal", Kics "s3_bucket_allows_delete_action_from_all_principals", Kics "s3_bucket_allows_get_action_from_all_principals", Kics "s3_bucket_allows_list_action_from_all_principals", Kics "s3_bucket_allows_put_action_from_all_principals"],
        check: Spec::all(&[attr("policy", NotPublic).risk("anyone can reach the bucket's objects")]),
    }
}
