use crate::model::Eff;
use crate::model::{format_num, Val};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// When the requirements ask for horizontal scaling: an
    /// `aws_elasticache_replication_group` runs in cluster mode (`num_node_groups` above 1, or
    /// `cluster_mode = "enabled"`). Off by default; enable it in tfaudit.toml.
    ///
    /// ## Why it matters
    /// Without cluster mode all keys live on one shard: memory and write throughput are capped
    /// by the node type, and growing means a migration.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_elasticache_replication_group" "sessions" {
    ///   replication_group_id = "sessions"
    ///   # ... no num_node_groups
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `cluster_mode = "enabled"`, `num_node_groups` and `replicas_per_node_group`.
    pub struct ClusterModeDisabled {
        id: "AWS-ELC-003",
        slug: "redis-cluster-mode-disabled",
        service: "elasticache",
        category: "resilience",
        severity: Info,
        title: "Redis cluster mode disabled",
        types: ["aws_elasticache_replication_group"],
        default_enabled: false,
    }
}

impl Rule for ClusterModeDisabled {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_elasticache_replication_group") {
            let mode = cx.stack.eff(r, "cluster_mode");
            let groups = cx.stack.eff(r, "num_node_groups");
            let (status, msg) = match (&mode, &groups) {
                (Eff::Known(Val::Str(m)), _) if m.as_ref() == "enabled" => {
                    (Status::Pass, "cluster mode enabled".to_string())
                }
                (_, Eff::Known(Val::Num(n))) if *n > 1.0 => {
                    (Status::Pass, format!("{} node groups", format_num(*n)))
                }
                (Eff::Unresolved(_) | Eff::FromResources { .. }, _)
                | (_, Eff::Unresolved(_) | Eff::FromResources { .. }) => (
                    Status::Unknown,
                    "cluster mode or node groups are unknown until apply".to_string(),
                ),
                _ => (
                    Status::Fail,
                    "cluster mode is disabled (one node group)".to_string(),
                ),
            };
            cx.report(r, "num_node_groups", status, msg);
        }
    }
}
