use crate::model::Eff;
use crate::model::Val;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Each `origin` of an `aws_cloudfront_distribution` has a `domain_name` that is an
    /// endpoint: not the name of a Route 53 hosted zone in the plan (`aws_route53_zone.x.name`,
    /// by reference or by equal value), and not a private name ending in `.local` or
    /// `.internal`, which CloudFront cannot resolve.
    ///
    /// ## Why it matters
    /// A zone apex is a namespace, not a server: unless a record at the apex points at a
    /// reachable endpoint, every request through the distribution fails with 502s. Private
    /// names never resolve from CloudFront's edge.
    ///
    /// ## Example
    /// ```hcl
    /// origin {
    ///   domain_name = aws_route53_zone.main.name
    ///   origin_id   = "app"
    ///   # ...
    /// }
    /// ```
    ///
    /// ## Fix
    /// Point the origin at the load balancer, bucket or API endpoint (`aws_lb.app.dns_name`,
    /// `aws_s3_bucket.site.bucket_regional_domain_name`).
    pub struct OriginNotAnEndpoint {
        id: "AWS-CF-001",
        slug: "cloudfront-origin-not-an-endpoint",
        service: "cloudfront",
        category: "resilience",
        severity: High,
        title: "CloudFront origin is not an endpoint",
        types: ["aws_cloudfront_distribution", "aws_route53_zone"],
        default_enabled: true,
    }
}

impl Rule for OriginNotAnEndpoint {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_cloudfront_distribution") {
            let n = match cx.stack.eff(r, "origin") {
                Eff::Known(Val::Arr(items)) => items.len(),
                _ => 0,
            };
            let mut worst: Option<(Status, String)> = None;
            for i in 0..n {
                let path = format!("origin.{i}.domain_name");
                let is_zone = |ids: &[usize]| {
                    ids.iter()
                        .map(|&id| &cx.stack.resources[id])
                        .find(|z| z.rtype == "aws_route53_zone")
                        .map(|z| z.address.clone())
                };
                let v = match cx.stack.eff(r, &path) {
                    Eff::Known(Val::Str(d)) => {
                        let name = d.trim_end_matches('.');
                        let d = cx.stack.text(r, &path, &Val::Str(name.into()));
                        if let Some(zone) = is_zone(cx.stack.by_known_id(name)) {
                            (Status::Fail, format!("origin {i} is the name of hosted zone {zone} ({d}), not an endpoint"))
                        } else if name.ends_with(".local") || name.ends_with(".internal") {
                            (Status::Fail, format!("origin {i} is a private name ({d}) CloudFront cannot resolve"))
                        } else {
                            (Status::Pass, format!("origin {i} is {d}"))
                        }
                    }
                    Eff::FromResources { ids, reference } => match is_zone(&ids) {
                        Some(zone) => (Status::Fail, format!("origin {i} comes from hosted zone {zone} ({reference}), not an endpoint")),
                        None => (Status::Pass, format!("origin {i} from {reference}")),
                    },
                    Eff::Unresolved(why) => (Status::Unknown, format!("origin {i} domain_name is unknown until apply: {why}")),
                    Eff::Known(_) | Eff::NotSet => continue,
                };
                if worst.as_ref().is_none_or(|w| v.0 < w.0) {
                    worst = Some(v);
                }
            }
            if let Some((status, msg)) = worst {
                cx.report(r, "origin", status, msg);
            }
        }
    }
}
