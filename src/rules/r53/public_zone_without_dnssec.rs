use crate::model::{Eff, ResId, Val};
use crate::rules::r53::judge_public_zones;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every public `aws_route53_zone` (one without a `vpc` block) has an
    /// `aws_route53_hosted_zone_dnssec` whose `hosted_zone_id` points at it, directly or through
    /// the `hosted_zone_id` of an `aws_route53_key_signing_key` of the zone. Private zones are
    /// not judged: Route 53 signs public zones only. Route 53 does not sign a zone unless asked
    /// (AWS's default is unsigned). A zone whose `vpc` is unknown until apply, or a DNSSEC
    /// resource whose `hosted_zone_id` cannot be followed, gives Unknown. The DNSSEC resource
    /// must sign: `signing_status = "NOT_SIGNING"` fails (unset, it is `SIGNING`); one known
    /// only at apply gives Unknown. A zone signed by
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
            // Its DNSSEC resources: pointing at the zone, or (the provider's own example)
            // through a key signing key's hosted_zone_id.
            let mut found: Vec<(ResId, Option<ResId>)> = cx
                .partners(id, "aws_route53_hosted_zone_dnssec", "hosted_zone_id")
                .found
                .iter()
                .map(|e| (e.from, None))
                .collect();
            for ksk in cx
                .partners(id, "aws_route53_key_signing_key", "hosted_zone_id")
                .found
            {
                let signing =
                    cx.partners(ksk.from, "aws_route53_hosted_zone_dnssec", "hosted_zone_id");
                found.extend(signing.found.iter().map(|d| (d.from, Some(ksk.from))));
            }
            if found.is_empty() {
                return cx.partner_verdict(
                    id,
                    &[("aws_route53_hosted_zone_dnssec", "hosted_zone_id")],
                    "public zone; signed by",
                    "public zone without an aws_route53_hosted_zone_dnssec pointing at it",
                );
            }
            let verdicts: Vec<(Status, String)> = found
                .iter()
                .map(|&(d, ksk)| {
                    let by = match ksk {
                        Some(k) => format!("{} (through {})", cx.address(d), cx.address(k)),
                        None => cx.address(d).to_string(),
                    };
                    let r = &cx.stack.resources[d];
                    // Unset, `signing_status` is SIGNING.
                    match cx.stack.eff(r, "signing_status") {
                        Eff::NotSet | Eff::Known(Val::Null) => {
                            (Status::Pass, format!("public zone; signed by {by}"))
                        }
                        Eff::Known(v) if v.as_str() == Some("SIGNING") => {
                            (Status::Pass, format!("public zone; signed by {by}"))
                        }
                        Eff::Known(v) => (
                            Status::Fail,
                            format!(
                                "public zone; {by} sets signing_status to {}: the zone is not signed",
                                v.as_str().unwrap_or("a value other than SIGNING")
                            ),
                        ),
                        _ => (
                            Status::Unknown,
                            format!("public zone; whether {by} signs is known only at apply"),
                        ),
                    }
                })
                .collect();
            let first = verdicts[0].0;
            if verdicts.iter().all(|v| v.0 == first) {
                return verdicts
                    .into_iter()
                    .next()
                    .unwrap_or((Status::Unknown, String::new()));
            }
            // One DNSSEC configuration per zone: the one applied last.
            (
                Status::Unknown,
                "public zone; its DNSSEC resources disagree on signing, and the one applied last \
                 decides"
                    .into(),
            )
        });
    }
}
