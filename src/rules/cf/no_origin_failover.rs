use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_cloudfront_distribution` defines an `origin_group` (a primary and a failover
    /// origin). None fails (AWS default: no failover). Values known only at apply give
    /// Unknown. Off by default (low): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Without an origin group, an outage of the single origin is an outage of the site;
    /// CloudFront can fail over to a second origin on errors.
    ///
    /// ## Example
    /// A distribution with one `origin` and no `origin_group`.
    ///
    /// ## Fix
    /// ```hcl
    /// origin_group {
    ///   origin_id = "failover"
    ///   failover_criteria {
    ///     status_codes = [500, 502, 503, 504]
    ///   }
    ///   member {
    ///     origin_id = "primary"
    ///   }
    ///   member {
    ///     origin_id = "secondary"
    ///   }
    /// }
    /// ```
    pub struct NoOriginFailover {
        id: "AWS-CF-010",
        slug: "cloudfront-no-origin-failover",
        service: "cloudfront",
        category: "resilience",
        severity: Low,
        title: "CloudFront distribution without origin failover",
        types: ["aws_cloudfront_distribution"],
        default_enabled: false,
        covers: [Fsbp "CloudFront.4", Checkov "CKV_AWS_310"],
        check: Spec::all(&[attr("origin_group", Set).risk("an origin outage is a site outage")]),
    }
}
