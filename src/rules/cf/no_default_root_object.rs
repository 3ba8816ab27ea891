use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_cloudfront_distribution` sets a `default_root_object` (such as `index.html`).
    /// Unset, a request for `/` is forwarded to the origin as is. A value known only at apply
    /// gives Unknown. Every distribution is judged, as AWS Security Hub does, including those
    /// whose origin is an API that serves `/` itself.
    ///
    /// ## Why it matters
    /// Without it, a request for the root goes to the origin: an S3 origin may answer with a
    /// listing of the bucket or an error that reveals it.
    ///
    /// ## Example
    /// A distribution without `default_root_object`.
    ///
    /// ## Fix
    /// ```hcl
    /// default_root_object = "index.html"
    /// ```
    pub struct NoDefaultRootObject {
        id: "AWS-CF-007",
        slug: "cloudfront-no-default-root-object",
        service: "cloudfront",
        category: "access-control",
        severity: Critical,
        title: "CloudFront without a default root object",
        types: ["aws_cloudfront_distribution"],
        default_enabled: true,
        covers: [Fsbp "CloudFront.1", Checkov "CKV_AWS_305"],
        check: Spec::all(&[attr("default_root_object", Set).risk("a request for / reaches the origin as is")]),
    }
}
