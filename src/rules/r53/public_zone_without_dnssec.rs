use crate::rules::r53::judge_public_zones;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every public `aws_route53_zone` (one without a `vpc` block) has an
    /// `aws_route53_hosted_zone_dnssec` whose `hosted_zone_id` points at it, directly or through
    /// the `hosted_zone_id` of an `aws_route53_key_signing_key` of the zone. Private zones are
    /// not judged: Route 53 signs public zones only. Route 53 does not sign a zone unless asked
    /// (AWS's default is unsigned). A zone whose `vpc` is unknown until apply, or a DNSSEC
    /// resource whose `hosted_zone_id` cannot be followed, gives Unknown. A zone signed by
    /// another stack fails here: say so with a suppression.
    ///
    /// Off by default (medium severity): run it with `--profile strict`. Signing also needs a
    /// DS record at the parent zone or registrar, which the plan does not show.
    ///
    /// ## Why it matters
    /// Without DNSSEC, resolvers cannot tell a forged answer from a real one: cache poisoning
    /// and on-path attackers can send your users, or mail for your domain, elsewhere.
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
    /// resource "aws_route53_key_signing_key" "ksk" {
    ///   hosted_zone_id             = aws_route53_zone.public.id
    ///   key_management_service_arn = aws_kms_key.dnssec.arn
    ///   name                       = "ksk"
    /// }
    ///
    /// resource "aws_route53_hosted_zone_dnssec" "public" {
    ///   hosted_zone_id = aws_route53_key_signing_key.ksk.hosted_zone_id
    /// }
    /// ```
    pub struct PublicZoneWithoutDnssec {
        id: "AWS-R53-003",
        slug: "route53-public-zone-without-dnssec",
        service: "route53",
        category: "network",
        severity: Medium,
        title: "Public hosted zone without DNSSEC signing",
        types: ["aws_route53_zone"],
        default_enabled: false,
        covers: [Checkov "CKV2_AWS_38"],
    }
}

impl Rule for PublicZoneWithoutDnssec {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        judge_public_zones(cx, |cx, id| {
            let direct = cx.partner_verdict(
                id,
                &[("aws_route53_hosted_zone_dnssec", "hosted_zone_id")],
                "public zone; signed by",
                "public zone without an aws_route53_hosted_zone_dnssec pointing at it",
            );
            if direct.0 == Status::Pass {
                return direct;
            }
            // The provider's own example signs through the key signing key's hosted_zone_id.
            for ksk in cx
                .partners(id, "aws_route53_key_signing_key", "hosted_zone_id")
                .found
            {
                let signing =
                    cx.partners(ksk.from, "aws_route53_hosted_zone_dnssec", "hosted_zone_id");
                if let Some(d) = signing.found.first() {
                    let msg = format!(
                        "public zone; signed by {} (through {})",
                        cx.address(d.from),
                        cx.address(ksk.from)
                    );
                    return (Status::Pass, msg);
                }
            }
            direct
        });
    }
}
