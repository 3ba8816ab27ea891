use crate::model::{Eff, Leaf, Resource};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Severity, Status};

declare_rule! {
    /// ## What it checks
    /// The `availability_zone` of subnets, instances, EBS volumes, DB instances and ElastiCache
    /// clusters (and `preferred_cache_cluster_azs` of replication groups) is in the region of
    /// the resource's provider configuration, aliases and `var.` regions resolved. A zone in
    /// another region is a high finding. A zone written as a literal, or taken from a
    /// variable's default, is an info finding: it breaks as soon as the stack is deployed to
    /// another region.
    ///
    /// ## Why it matters
    /// A zone outside the provider's region makes the apply fail halfway, after other resources
    /// were created; hard-coded zones are how a stack copied to a second region ends up
    /// pointing at the first.
    ///
    /// ## Example
    /// ```hcl
    /// provider "aws" {
    ///   alias  = "west"
    ///   region = "us-west-2"
    /// }
    /// resource "aws_subnet" "a" {
    ///   provider          = aws.west
    ///   availability_zone = "us-east-1a"
    ///   # ...
    /// }
    /// ```
    ///
    /// ## Fix
    /// Take zones from `data.aws_availability_zones` of the same provider, or build them from
    /// the region variable.
    pub struct AvailabilityZoneOutsideRegion {
        id: "AWS-VPC-005",
        slug: "availability-zone-outside-provider-region",
        service: "vpc",
        category: "resilience",
        severity: High,
        title: "AZ outside the provider's region / hard-coded AZ",
        types: ["aws_subnet", "aws_instance", "aws_ebs_volume", "aws_db_instance", "aws_elasticache_cluster", "aws_elasticache_replication_group"],
        default_enabled: true,
    }
}

const SINGLE: [&str; 5] = [
    "aws_subnet",
    "aws_instance",
    "aws_ebs_volume",
    "aws_db_instance",
    "aws_elasticache_cluster",
];

/// How a zone value was written: a literal, a variable's default, or something else. Only a
/// value that is the zone itself (or a list holding it) counts: `"${var.region}a"` is built.
fn hard_coded(cx: &Cx, r: &Resource, path: &str, zones: &[String]) -> Option<&'static str> {
    let expr = cx.stack.expr_at(r, path)?;
    let leaves = cx.stack.resolve_from(r, expr);
    let [l] = leaves.as_slice() else { return None };
    let Leaf::Value(v, _) = &l.leaf else {
        return None;
    };
    let values = v.strings();
    if !zones.iter().all(|z| values.contains(&z.as_str())) {
        return None;
    }
    if l.via.is_empty() {
        return Some("written as a literal");
    }
    let var = l.via.last()?.strip_prefix("var.")?;
    cx.stack
        .root_variable_is_default(var)
        .then_some("taken from a variable's default")
}

impl Rule for AvailabilityZoneOutsideRegion {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let mut targets: Vec<(&Resource, &str)> = Vec::new();
        for t in SINGLE {
            targets.extend(cx.live(t).map(|(_, r)| (r, "availability_zone")));
        }
        targets.extend(
            cx.live("aws_elasticache_replication_group")
                .map(|(_, r)| (r, "preferred_cache_cluster_azs")),
        );
        for (r, attr) in targets {
            let zones: Vec<String> = match cx.stack.eff(r, attr) {
                Eff::Known(v) => v.strings().into_iter().map(str::to_string).collect(),
                Eff::NotSet => continue,
                e => {
                    let msg = format!("{attr} is {}", unknown_reason(&e));
                    cx.push(r, attr, Status::Unknown, msg, None);
                    continue;
                }
            };
            if zones.is_empty() {
                continue;
            }
            let Some(region) = cx.stack.region(r) else {
                let msg =
                    "the region of this resource's provider configuration is unknown".to_string();
                cx.push(r, attr, Status::Unknown, msg, None);
                continue;
            };
            let prov = cx.stack.provenance(r, attr);
            let sensitive = cx.stack.is_sensitive(r, attr);
            let shown = |zs: Vec<&str>| match sensitive {
                true => crate::model::value::SENSITIVE.to_string(),
                false => zs.join(", "),
            };
            let outside: Vec<&String> = zones
                .iter()
                .filter(|z| !z.starts_with(region.as_str()))
                .collect();
            if !outside.is_empty() {
                let list = shown(outside.iter().map(|z| z.as_str()).collect());
                let msg = format!("{list} is outside the provider's region {region}");
                cx.push(r, attr, Status::Fail, msg, prov).severity = Severity::High;
            } else if let Some(how) = hard_coded(cx, r, attr, &zones) {
                let msg = format!(
                    "zone {} is {how}",
                    shown(zones.iter().map(String::as_str).collect())
                );
                cx.push(r, attr, Status::Fail, msg, prov).severity = Severity::Info;
            } else {
                cx.push(r, attr, Status::Pass, format!("zone in {region}"), prov);
            }
        }
    }
}
