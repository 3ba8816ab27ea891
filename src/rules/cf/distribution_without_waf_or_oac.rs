use crate::model::Val;
use crate::model::{Eff, Resource};
use crate::rules::{
    declare_rule, tri_or, tri_set, unknown_reason, Cx, Rule, RuleMeta, Status, Tri,
};

declare_rule! {
    /// ## What it checks
    /// An `aws_cloudfront_distribution` has a WAF web ACL (`web_acl_id`), and every S3 origin
    /// (a `*.s3.*amazonaws.com` or `*.s3-<region>.amazonaws.com` domain, an `aws_s3_bucket`
    /// attribute, an `s3_origin_config`, or an origin with neither `custom_origin_config` nor
    /// `vpc_origin_config`, which the provider sends as an S3 origin) uses origin access
    /// control (`origin_access_control_id`) or an origin access identity
    /// (`s3_origin_config.origin_access_identity`). S3 website endpoints, which cannot use
    /// either, are not S3 origins here. A web ACL from a resource being created counts as set.
    ///
    /// ## Why it matters
    /// Without a web ACL the edge passes every request to the origin. Without OAC/OAI the
    /// bucket must be readable by everyone for CloudFront to read it, so the content can be
    /// fetched around the CDN and its controls.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_cloudfront_distribution" "site" {
    ///   origin {
    ///     domain_name = aws_s3_bucket.site.bucket_regional_domain_name
    ///     origin_id   = "s3"
    ///   }
    ///   # ... no web_acl_id
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `web_acl_id = aws_wafv2_web_acl.edge.arn` (a CLOUDFRONT-scope ACL) and
    /// `origin_access_control_id = aws_cloudfront_origin_access_control.site.id`.
    pub struct DistributionWithoutWafOrOac {
        id: "AWS-CF-002",
        slug: "cloudfront-without-waf-or-origin-access-control",
        service: "cloudfront",
        category: "network",
        severity: Medium,
        title: "CloudFront without WAF / S3 origin without OAC",
        types: ["aws_cloudfront_distribution"],
        default_enabled: true,
        covers: [Fsbp "CloudFront.6", Fsbp "CloudFront.13", Checkov "CKV_AWS_68", Checkov "CKV2_AWS_46", Trivy "AVD-AWS-0011", Kics "cloudfront_without_waf"],
    }
}

/// Whether origin `i` is an S3 REST origin; None when unknown. An origin with neither
/// `custom_origin_config` nor `vpc_origin_config` is one whatever its domain: the provider
/// sends it with an empty S3 origin configuration.
fn is_s3_origin(cx: &Cx, r: &Resource, i: usize) -> Tri {
    let by_domain = match cx.stack.eff(r, &format!("origin.{i}.domain_name")) {
        Eff::Known(Val::Str(d)) => Some(
            (d.contains(".s3.") || d.contains(".s3-"))
                && d.ends_with("amazonaws.com")
                && !d.contains("s3-website"),
        ),
        Eff::FromResources { ids, .. } => Some(
            ids.iter()
                .any(|&id| cx.stack.resources[id].rtype == "aws_s3_bucket"),
        ),
        Eff::Known(_) | Eff::NotSet => Some(false),
        Eff::Unresolved(_) => None,
    };
    if by_domain == Some(true) {
        return Some(true);
    }
    let set = |block: &str| match cx.stack.eff(r, &format!("origin.{i}.{block}")) {
        Eff::Known(v) => Some(!v.is_empty()),
        Eff::NotSet => Some(false),
        _ => None,
    };
    match (
        set("s3_origin_config"),
        set("custom_origin_config"),
        set("vpc_origin_config"),
    ) {
        (Some(true), _, _) => Some(true),
        (_, Some(true), _) | (_, _, Some(true)) => by_domain,
        (Some(false), Some(false), Some(false)) => Some(true),
        _ => None,
    }
}

impl Rule for DistributionWithoutWafOrOac {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_cloudfront_distribution") {
            let mut problems = Vec::new();
            let mut unknowns = Vec::new();
            let waf = cx.stack.eff(r, "web_acl_id");
            match tri_set(&waf) {
                Some(true) => {}
                Some(false) => problems.push("no WAF web ACL (web_acl_id)".to_string()),
                None => unknowns.push(format!("web_acl_id is {}", unknown_reason(&waf))),
            }
            let n = match cx.stack.eff(r, "origin") {
                Eff::Known(Val::Arr(items)) => items.len(),
                _ => 0,
            };
            for i in 0..n {
                let oac = tri_set(
                    &cx.stack
                        .eff(r, &format!("origin.{i}.origin_access_control_id")),
                );
                let oai = tri_set(&cx.stack.eff(
                    r,
                    &format!("origin.{i}.s3_origin_config.0.origin_access_identity"),
                ));
                match (is_s3_origin(cx, r, i), tri_or(oac, oai)) {
                    (Some(false), _) | (_, Some(true)) => {}
                    (Some(true), Some(false)) => problems.push(format!(
                        "S3 origin {i} without origin access control or identity"
                    )),
                    _ => unknowns.push(format!(
                        "origin {i}'s access control is unknown until apply"
                    )),
                }
            }
            let (status, msg) = if !problems.is_empty() {
                (Status::Fail, problems.join("; "))
            } else if !unknowns.is_empty() {
                (Status::Unknown, unknowns.join("; "))
            } else {
                (
                    Status::Pass,
                    "web ACL set and S3 origins use OAC/OAI".to_string(),
                )
            };
            cx.report(r, "web_acl_id", status, msg);
        }
    }
}
