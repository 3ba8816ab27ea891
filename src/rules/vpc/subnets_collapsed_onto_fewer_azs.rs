use crate::model::Val;
use crate::model::{address::module_address, Eff, ResId};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};
use std::collections::{BTreeMap, BTreeSet};

declare_rule! {
    /// ## What it checks
    /// The instances of one `aws_subnet` block (`count` or `for_each`) spread over
    /// min(instances, 3) availability zones: three subnets in `a`, `a`, `b` fail. Reported on
    /// the block. When an instance's zone is unknown (left to AWS, or computed), the result is
    /// Unknown.
    ///
    /// ## Why it matters
    /// Subnets made from one block are meant to be interchangeable replicas across zones. When
    /// an index arithmetic slip puts two on the same zone, one zone failure takes out more of
    /// the tier than planned, and load balancers or RDS subnet groups may refuse the set.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_subnet" "private" {
    ///   count             = 3
    ///   vpc_id            = aws_vpc.main.id
    ///   cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index)
    ///   availability_zone = ["us-east-1a", "us-east-1b"][count.index % 2]
    /// }
    /// ```
    ///
    /// ## Fix
    /// Take zones from a list at least as long as the subnet count (for example
    /// `data.aws_availability_zones.available.names[count.index]`).
    pub struct SubnetsCollapsedOntoFewerAzs {
        id: "AWS-VPC-004",
        slug: "subnets-collapsed-onto-fewer-azs",
        service: "vpc",
        category: "resilience",
        severity: Medium,
        title: "Subnets of one block collapsed onto fewer AZs",
        types: ["aws_subnet"],
        default_enabled: true,
    }
}

impl Rule for SubnetsCollapsedOntoFewerAzs {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let mut blocks: BTreeMap<String, Vec<ResId>> = BTreeMap::new();
        for (id, r) in cx.live("aws_subnet") {
            if r.index.is_some() {
                let m = module_address(&r.module);
                let block = if m.is_empty() {
                    r.block()
                } else {
                    format!("{m}.{}", r.block())
                };
                blocks.entry(block).or_default().push(id);
            }
        }
        for (block, ids) in blocks {
            if ids.len() < 2 {
                continue;
            }
            let mut zones = Vec::new();
            let mut unknown = None;
            for &id in &ids {
                let r = &cx.stack.resources[id];
                let zone = ["availability_zone", "availability_zone_id"]
                    .iter()
                    .find_map(|a| match cx.stack.eff(r, a) {
                        Eff::Known(Val::Str(z)) => Some(Ok(z.to_string())),
                        Eff::Known(_) | Eff::NotSet => None,
                        _ => Some(Err(format!(
                            "the zone of {} is unknown until apply",
                            r.address
                        ))),
                    });
                match zone {
                    Some(Ok(z)) => zones.push(z),
                    Some(Err(why)) => unknown = unknown.or(Some(why)),
                    None => {
                        unknown = unknown.or(Some(format!("{} leaves its zone to AWS", r.address)))
                    }
                }
            }
            let distinct: BTreeSet<&String> = zones.iter().collect();
            let want = ids.len().min(3);
            let (status, msg) = match unknown {
                Some(why) if distinct.len() < want => (Status::Unknown, why),
                _ if distinct.len() >= want => (
                    Status::Pass,
                    format!("{} subnets over {} zones", ids.len(), distinct.len()),
                ),
                _ => (
                    Status::Fail,
                    format!(
                        "{} subnets on only {} zone(s): {} (want at least {want})",
                        ids.len(),
                        distinct.len(),
                        zones.join(", ")
                    ),
                ),
            };
            let first = &cx.stack.resources[ids[0]];
            let key = first.source_key.clone();
            cx.push_at(
                block,
                Self::META.severity,
                "availability_zone",
                status,
                msg,
                None,
            )
            .source = Some(key);
        }
    }
}
