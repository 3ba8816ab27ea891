use crate::model::{Eff, Leaf};
use crate::rules::{declare_rule, tri_bool, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_db_instance` that takes a final snapshot (`skip_final_snapshot` false, the
    /// default) builds `final_snapshot_identifier` from something that changes: an identifier
    /// made only of literals and variables is static.
    ///
    /// ## Why it matters
    /// Snapshot identifiers are unique per account and region: the second destroy (or a replace)
    /// of a database with a static identifier fails because the snapshot already exists, and
    /// the resource is stuck half-destroyed.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   skip_final_snapshot       = false
    ///   final_snapshot_identifier = "main-final"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Make it unique per destroy, for example
    /// `"main-final-${formatdate("YYYYMMDDhhmm", timestamp())}"` with `ignore_changes`, or a
    /// `random_id` keeper.
    pub struct StaticFinalSnapshotIdentifier {
        id: "AWS-RDS-003",
        slug: "rds-static-final-snapshot-identifier",
        service: "rds",
        category: "resilience",
        severity: Low,
        title: "Static final snapshot identifier",
        types: ["aws_db_instance"],
        default_enabled: true,
    }
}

impl Rule for StaticFinalSnapshotIdentifier {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_db_instance") {
            let skip = cx.stack.eff(r, "skip_final_snapshot");
            let (status, msg) = match tri_bool(&skip, false) {
                Some(true) => (
                    Status::Pass,
                    "no final snapshot is taken (skip_final_snapshot)".to_string(),
                ),
                None => (
                    Status::Unknown,
                    format!("skip_final_snapshot is {}", unknown_reason(&skip)),
                ),
                Some(false) => match cx.stack.expr_at(r, "final_snapshot_identifier") {
                    None => (Status::Pass, "no final_snapshot_identifier".to_string()),
                    Some(expr) => {
                        let leaves = cx.stack.resolve_from(r, expr);
                        let fixed = !leaves.is_empty()
                            && leaves.iter().all(|l| matches!(l.leaf, Leaf::Value(..)));
                        if fixed {
                            let shown = match cx.stack.eff(r, "final_snapshot_identifier") {
                                Eff::Known(v) => cx.stack.show(r, "final_snapshot_identifier", v),
                                _ => "a constant".to_string(),
                            };
                            (
                                Status::Fail,
                                format!("final_snapshot_identifier is static: {shown}"),
                            )
                        } else {
                            (
                                Status::Pass,
                                "final_snapshot_identifier changes with its inputs".to_string(),
                            )
                        }
                    }
                },
            };
            cx.report(r, "final_snapshot_identifier", status, msg);
        }
    }
}
