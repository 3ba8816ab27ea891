use crate::model::Eff;
use crate::rules::bak::Selections;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Every stateful resource (`aws_db_instance`, `aws_rds_cluster`, `aws_dynamodb_table`) is
    /// selected by an `aws_backup_selection`: listed in its `resources` (by reference across
    /// modules, by known ARN, or `*`), or matched by a `selection_tag` (`STRINGEQUALS` on the
    /// resource's `tags_all`). A selection counts only as AWS Backup applies it: in its own
    /// region (the provider's, or the resource's `region`), less its `not_resources`, and for
    /// the resources that meet every `condition` (`string_equals`, `string_like` and their
    /// negations on `aws:ResourceTag/…`). DB instances that belong to a cluster are covered by
    /// the cluster. A selection that cannot be followed, or whose region, exclusions or
    /// conditions are known only at apply, makes the result Unknown.
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

impl Rule for NotInBackupPlan {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let selections = Selections::of(cx);
        for t in STATEFUL {
            for (id, r) in cx.live(t) {
                if t == "aws_db_instance"
                    && matches!(cx.stack.eff(r, "cluster_identifier"), Eff::Known(v) if !v.is_empty())
                {
                    continue;
                }
                let (status, msg) = selections.judge(cx, id, r);
                cx.report(r, "", status, msg);
            }
        }
    }
}
