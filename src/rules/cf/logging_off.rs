use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_cloudfront_distribution` has standard (legacy) logging: a `logging_config` block
    /// with a `bucket`. Unset, CloudFront writes no access logs. A bucket known only at apply
    /// from a resource of the plan counts as set; one that cannot be followed gives Unknown.
    /// Standard logging v2 (`aws_cloudwatch_log_delivery` from the distribution) is not read:
    /// a distribution logged only that way fails.
    ///
    /// ## Why it matters
    /// Access logs are the only record of who requested what from the edge: client IPs, URIs,
    /// referrers, status codes. Without them abuse and data scraping leave no trace.
    ///
    /// ## Example
    /// A distribution without a `logging_config` block.
    ///
    /// ## Fix
    /// ```hcl
    /// logging_config {
    ///   bucket          = aws_s3_bucket.cf_logs.bucket_domain_name
    ///   include_cookies = false
    ///   prefix          = "site/"
    /// }
    /// ```
    pub struct LoggingOff {
        id: "AWS-CF-005",
        slug: "cloudfront-logging-off",
        service: "cloudfront",
        category: "logging",
        severity: Medium,
        title: "CloudFront standard logging off",
        types: ["aws_cloudfront_distribution"],
        default_enabled: true,
        covers: [Fsbp "CloudFront.5", Checkov "CKV_AWS_86", Trivy "AVD-AWS-0010", Kics "cloudfront_logging_disabled"],
        check: Spec::all(&[attr("logging_config.0.bucket", Set).risk("requests at the edge are not logged")]),
    }
}
