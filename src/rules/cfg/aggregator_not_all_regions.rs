use crate::model::value::count;
use crate::rules::attr::{attr, judge, Expect::Is, Lit::Bool, Test};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// `aws_config_configuration_aggregator` aggregates every region: `all_regions = true` in
    /// its `account_aggregation_source` or `organization_aggregation_source` block (whichever
    /// it has). Unset, `all_regions` is `false` and only the listed `regions` are aggregated:
    /// it fails. A value known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// An aggregator limited to some regions shows a compliant picture while resources in the
    /// other regions — often the ones nobody watches — go unreported; regions enabled later
    /// are left out too.
    ///
    /// ## Example
    /// ```hcl
    /// account_aggregation_source {
    ///   account_ids = ["111122223333"]
    ///   regions     = ["us-east-1"]
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// account_aggregation_source {
    ///   account_ids = ["111122223333"]
    ///   all_regions = true
    /// }
    /// ```
    pub struct AggregatorNotAllRegions {
        id: "AWS-CFG-003",
        slug: "config-aggregator-not-all-regions",
        service: "config",
        category: "logging",
        severity: High,
        title: "Config aggregator does not cover all regions",
        types: ["aws_config_configuration_aggregator"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_121", Trivy "AVD-AWS-0019", Kics "config_configuration_aggregator_to_all_regions_disabled"],
    }
}

const SOURCES: &[(&str, Test)] = &[
    (
        "account_aggregation_source",
        attr("account_aggregation_source.0.all_regions", Is(Bool(true)))
            .default(Bool(false))
            .risk("regions left out are not aggregated"),
    ),
    (
        "organization_aggregation_source",
        attr(
            "organization_aggregation_source.0.all_regions",
            Is(Bool(true)),
        )
        .default(Bool(false))
        .risk("regions left out are not aggregated"),
    ),
];

impl Rule for AggregatorNotAllRegions {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        for (_, r) in cx.live("aws_config_configuration_aggregator") {
            for (block, test) in SOURCES {
                if count(r.values, block) == 0 && !stack.is_unknown(r, block) {
                    continue;
                }
                let v = judge(cx, r, test);
                let prov = stack.provenance(r, test.path);
                cx.push(r, test.path, v.status, v.message, prov);
            }
        }
    }
}
