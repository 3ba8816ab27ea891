use crate::rules::attr::{self, attr, Expect::NotSet, Test};
use crate::rules::judge::flag_each;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// No static website hosting: every `aws_s3_bucket_website_configuration` fails, and an
    /// `aws_s3_bucket` fails when it sets the legacy (provider v3) `website` block; a bucket
    /// without it passes (a `dynamic` block whose collection is known only at apply reads as
    /// unset). Off by
    /// default although high: a public website bucket is sometimes the intent, and this rule
    /// would fire on it — it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// The website endpoint serves over plain HTTP only and needs the bucket's content to be
    /// public; CloudFront with origin access control serves the same content over HTTPS from a
    /// private bucket.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_s3_bucket_website_configuration" "site" {
    ///   bucket = aws_s3_bucket.site.id
    ///   index_document {
    ///     suffix = "index.html"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove the website configuration; serve the bucket through an `aws_cloudfront_distribution`
    /// with an `aws_cloudfront_origin_access_control`.
    pub struct WebsiteHosting {
        id: "AWS-S3-016",
        slug: "s3-static-website-hosting",
        service: "s3",
        category: "network",
        severity: High,
        title: "Bucket serves a static website",
        types: ["aws_s3_bucket_website_configuration", "aws_s3_bucket"],
        default_enabled: false,
        covers: [Kics "s3_static_website_host_enabled"],
    }
}

/// The legacy inline `website` block of `aws_s3_bucket`.
const LEGACY: Test = attr("website", NotSet).risk("the bucket serves a website over plain HTTP");

impl Rule for WebsiteHosting {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        flag_each(
            cx,
            &["aws_s3_bucket_website_configuration"],
            "bucket",
            "the bucket serves a static website over plain HTTP",
            false,
        );
        for (_, r) in cx.live("aws_s3_bucket") {
            let v = attr::judge(cx, r, &LEGACY);
            cx.report(r, &v.path, v.status, v.message);
        }
    }
}
