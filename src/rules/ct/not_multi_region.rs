use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_cloudtrail` has `is_multi_region_trail = true` (unset: `false`, AWS's default,
    /// fails) and `include_global_service_events` not `false` (unset: `true`). A value known
    /// only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// A single-region trail misses activity in every other region — where an attacker with
    /// stolen keys starts instances or creates resources precisely because nobody looks — and
    /// without global service events, IAM, STS and CloudFront calls are not recorded.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_cloudtrail" "main" {
    ///   name           = "main"
    ///   s3_bucket_name = aws_s3_bucket.trail.id
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudtrail" "main" {
    ///   name                          = "main"
    ///   s3_bucket_name                = aws_s3_bucket.trail.id
    ///   is_multi_region_trail         = true
    ///   include_global_service_events = true
    /// }
    /// ```
    pub struct NotMultiRegion {
        id: "AWS-CT-004",
        slug: "cloudtrail-not-multi-region",
        service: "cloudtrail",
        category: "logging",
        severity: High,
        title: "CloudTrail trail not multi-region",
        types: ["aws_cloudtrail"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_67", Trivy "AVD-AWS-0014", Kics "cloudtrail_multi_region_disabled"],
        check: Spec::all(&[
            attr("is_multi_region_trail", Is(Bool(true))).default(Bool(false)).risk("activity in other regions is not recorded"),
            attr("include_global_service_events", Is(Bool(true))).default(Bool(true)).risk("IAM, STS and other global service calls are not recorded"),
        ]),
    }
}
