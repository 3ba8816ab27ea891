use crate::rules::r53::judge_public_zones;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Every public `aws_route53_zone` (one without a `vpc` block) has an
    /// `aws_route53_query_log` whose `zone_id` points at it. Private zones (with a `vpc`
    /// block) are not judged: Route 53 query logging applies to public zones only (Resolver
    /// query logging covers VPCs). The link is followed through configuration references,
    /// modules and known zone IDs; a query log whose `zone_id` cannot be followed gives
    /// Unknown rather than Fail, and so does a `vpc` block known only at apply (a `dynamic`
    /// block over unknown values). AWS's default is no query logging.
    ///
    /// ## Why it matters
    /// Query logs record every DNS query Route 53 answers for the zone (name, type, response
    /// code, edge location, resolver IP): the trail needed to notice subdomain enumeration,
    /// DNS-based exfiltration or a hijacked record, and to investigate afterwards.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_route53_zone" "public" {
    ///   name = "example.com"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_route53_query_log" "public" {
    ///   zone_id                  = aws_route53_zone.public.zone_id
    ///   cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn # in us-east-1
    /// }
    /// ```
    pub struct PublicZoneWithoutQueryLog {
        id: "AWS-R53-001",
        slug: "route53-public-zone-without-query-log",
        service: "route53",
        category: "logging",
        severity: Medium,
        title: "Public hosted zone without query logging",
        types: ["aws_route53_zone"],
        default_enabled: true,
        covers: [Fsbp "Route53.2", Checkov "CKV2_AWS_39", Kics "cloudwatch_logging_disabled"],
    }
}

impl Rule for PublicZoneWithoutQueryLog {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        judge_public_zones(cx, |cx, id| {
            cx.partner_verdict(
                id,
                &[("aws_route53_query_log", "zone_id")],
                "public zone; queries logged by",
                "public zone without an aws_route53_query_log pointing at it",
            )
        });
    }
}
