use crate::model::Val;
use crate::model::{Eff, Resource};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every stateful resource (`aws_db_instance`, `aws_rds_cluster`, `aws_dynamodb_table`) is
    /// selected by an `aws_backup_selection`: listed in its `resources` (by reference across
    /// modules, by known ARN, or `*`), or matched by a `selection_tag` (`STRINGEQUALS` on the
    /// resource's `tags_all`). DB instances that belong to a cluster are covered by the
    /// cluster. A selection that cannot be followed makes the result Unknown.
    ///
    /// ## Why it matters
    /// Automated RDS snapshots and DynamoDB PITR live and die with the resource and the
    /// account; an AWS Backup plan adds retention rules, vault lock and cross-account copies —
    /// the backups that survive a deleted database or a compromised account.
    ///
    /// ## Example
    /// A database and no `aws_backup_selection` that names it.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_backup_selection" "db" {
    ///   name         = "db"
    ///   plan_id      = aws_backup_plan.daily.id
    ///   iam_role_arn = aws_iam_role.backup.arn
    ///   resources    = [aws_db_instance.main.arn]
    /// }
    /// ```
    pub struct NotInBackupPlan {
        id: "AWS-BAK-001",
        slug: "stateful-resource-outside-backup-plan",
        service: "backup",
        category: "resilience",
        severity: Low,
        title: "Stateful resources outside any AWS Backup plan",
        types: ["aws_db_instance", "aws_rds_cluster", "aws_dynamodb_table", "aws_backup_selection"],
        default_enabled: true,
        covers: [Fsbp "RDS.26" in ["aws_db_instance"], Fsbp "DynamoDB.4" in ["aws_dynamodb_table"], Checkov "CKV2_AWS_8" in ["aws_rds_cluster"]],
    }
}

const STATEFUL: [&str; 3] = ["aws_db_instance", "aws_rds_cluster", "aws_dynamodb_table"];

/// A selection's way to pick resources.
struct Selector {
    selection: String,
    all: bool,
    tags: Vec<(String, String)>,
}

fn tag_matches(r: &Resource, key: &str, value: &str) -> bool {
    r.values
        .get("tags_all")
        .or(r.values.get("tags"))
        .and_then(|t| t.get(key))
        .and_then(Val::as_str)
        == Some(value)
}

impl Rule for NotInBackupPlan {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let mut selectors = Vec::new();
        let mut open = None;
        for (_, s) in cx.live("aws_backup_selection") {
            let all =
                matches!(cx.stack.eff(s, "resources"), Eff::Known(v) if v.strings().contains(&"*"));
            let mut tags = Vec::new();
            if let Eff::Known(Val::Arr(items)) = cx.stack.eff(s, "selection_tag") {
                for t in items.iter() {
                    let get = |k: &str| t.get(k).and_then(Val::as_str).unwrap_or("").to_string();
                    if get("type").eq_ignore_ascii_case("STRINGEQUALS") {
                        tags.push((get("key"), get("value")));
                    }
                }
            }
            if let Eff::Unresolved(why) = cx.stack.eff(s, "resources") {
                open = open.or(Some(format!(
                    "the resources of {} cannot be followed: {why}",
                    s.address
                )));
            }
            selectors.push(Selector {
                selection: s.address.clone(),
                all,
                tags,
            });
        }
        for t in STATEFUL {
            for (id, r) in cx.live(t) {
                if t == "aws_db_instance"
                    && matches!(cx.stack.eff(r, "cluster_identifier"), Eff::Known(v) if !v.is_empty())
                {
                    continue;
                }
                let by_ref = cx
                    .partners(id, "aws_backup_selection", "resources")
                    .found
                    .first()
                    .map(|e| e.from);
                let by_rule = selectors
                    .iter()
                    .find(|s| s.all || s.tags.iter().any(|(k, v)| tag_matches(r, k, v)))
                    .map(|s| s.selection.clone());
                let (status, msg) = match (by_ref, by_rule, &open) {
                    (Some(s), _, _) => (Status::Pass, format!("selected by {}", cx.address(s))),
                    (None, Some(s), _) => (Status::Pass, format!("selected by {s}")),
                    (None, None, Some(why)) => (
                        Status::Unknown,
                        format!("no backup selection found, but {why}"),
                    ),
                    (None, None, None) => (
                        Status::Fail,
                        "no aws_backup_selection selects this resource".to_string(),
                    ),
                };
                cx.report(r, "", status, msg);
            }
        }
    }
}
