use crate::model::Mode;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};
use std::collections::{BTreeMap, BTreeSet};

declare_rule! {
    /// ## What it checks
    /// When the stack must run in several regions: every region carries the same kinds of
    /// resources. Each resource's region comes from its provider configuration (aliases and
    /// `var.` regions resolved). The regions are `regions` in `[rules.AWS-REG-001]` of
    /// tfaudit.toml, or else every region the plan deploys to. Global services (IAM, Route 53,
    /// CloudFront, Organizations, …) are left out. Judged on the stack. Off by default.
    ///
    /// ## Why it matters
    /// A second region that holds only a VPC is a stub: failover to it has nothing to fail over
    /// to, while the design claims multi-region resilience.
    ///
    /// ## Example
    /// ```hcl
    /// provider "aws" {
    ///   alias  = "secondary"
    ///   region = "us-west-2"
    /// }
    /// resource "aws_vpc" "secondary" {
    ///   provider   = aws.secondary
    ///   cidr_block = "10.1.0.0/16"
    /// }
    /// # ... while us-east-1 has subnets, instances, a database
    /// ```
    ///
    /// ## Fix
    /// Instantiate the same module for each region with its provider, so the regions cannot
    /// drift apart.
    pub struct SecondRegionStub {
        id: "AWS-REG-001",
        slug: "second-region-is-a-stub",
        service: "all",
        category: "resilience",
        severity: High,
        title: "Second region is a stub",
        types: ["(every regional aws_* type)"],
        default_enabled: false,
        presence: true,
        params: [("regions", "strings")],
    }
}

/// Services that are global: created once, whatever the region of their provider.
const GLOBAL: [&str; 9] = [
    "aws_iam_",
    "aws_route53_",
    "aws_cloudfront_",
    "aws_organizations_",
    "aws_s3_account_",
    "aws_budgets_",
    "aws_shield_",
    "aws_ce_",
    "aws_account_",
];

impl Rule for SecondRegionStub {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let mut by_region: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
        let mut unknown_region = None;
        let stack = cx.stack;
        for r in &stack.resources {
            if r.mode != Mode::Managed
                || r.leaves_configuration()
                || !r.rtype.starts_with("aws_")
                || GLOBAL.iter().any(|g| r.rtype.starts_with(g))
            {
                continue;
            }
            match stack.region(r) {
                Some(region) => {
                    by_region.entry(region).or_default().insert(r.rtype);
                }
                None => unknown_region = unknown_region.or(Some(r.address.clone())),
            }
        }
        let required = cx.strings_param("regions", &[]);
        let regions: Vec<String> = if required.is_empty() {
            by_region.keys().cloned().collect()
        } else {
            required
        };
        if regions.len() < 2 {
            return;
        }
        let all: BTreeSet<&str> = regions
            .iter()
            .filter_map(|g| by_region.get(g))
            .flatten()
            .copied()
            .collect();
        let mut gaps = Vec::new();
        for g in &regions {
            let have = by_region.get(g).cloned().unwrap_or_default();
            let missing: Vec<&str> = all.difference(&have).copied().collect();
            if have.is_empty() {
                gaps.push(format!("{g} has no resources"));
            } else if !missing.is_empty() {
                gaps.push(format!("{g} lacks {}", missing.join(", ")));
            }
        }
        let (status, msg) = match (gaps.is_empty(), unknown_region) {
            (true, _) => (
                Status::Pass,
                format!("{} carry the same resource types", regions.join(", ")),
            ),
            (false, Some(r)) => (
                Status::Unknown,
                format!(
                    "{}; but the region of {r} (and maybe others) is unknown",
                    gaps.join("; ")
                ),
            ),
            (false, None) => (Status::Fail, gaps.join("; ")),
        };
        cx.push_stack("", status, msg);
    }
}
