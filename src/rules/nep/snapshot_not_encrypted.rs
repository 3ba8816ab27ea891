use crate::rules::attr::judge;
use crate::rules::nep::not_encrypted::ENCRYPTED;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_neptune_cluster_snapshot` is encrypted. A snapshot has no encryption setting of its
    /// own (`storage_encrypted` and `kms_key_id` are read-only): it takes its cluster's. The
    /// cluster named by `db_cluster_identifier` (by reference, or by identifier) is judged as
    /// AWS-NEP-001 judges it, and the result is reported on the snapshot; the fix goes on the
    /// cluster. A cluster outside the plan, or one that cannot be followed, gives Unknown.
    ///
    /// ## Why it matters
    /// A snapshot holds the whole graph; unencrypted, it can be copied, shared or restored without
    /// any KMS permission.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_neptune_cluster" "graph" {
    ///   cluster_identifier = "graph"
    /// }
    /// resource "aws_neptune_cluster_snapshot" "nightly" {
    ///   db_cluster_identifier          = aws_neptune_cluster.graph.id
    ///   db_cluster_snapshot_identifier = "nightly"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Encrypt the cluster (`storage_encrypted = true`, `kms_key_arn`). An existing unencrypted
    /// snapshot can be copied to an encrypted one (`CopyDBClusterSnapshot` with a KMS key) and
    /// the plain one deleted.
    pub struct SnapshotNotEncrypted {
        id: "AWS-NEP-005",
        slug: "neptune-snapshot-not-encrypted",
        service: "neptune",
        category: "encryption",
        severity: High,
        title: "Neptune snapshot not encrypted",
        types: ["aws_neptune_cluster_snapshot"],
        default_enabled: true,
        covers: [Fsbp "Neptune.6", Checkov "CKV_AWS_279", Kics "neptune_snapshots_not_encrypted"],
    }
}

impl Rule for SnapshotNotEncrypted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let attr = "db_cluster_identifier";
        for (_, r) in cx.live("aws_neptune_cluster_snapshot") {
            let t = cx.targets(r, attr);
            let cluster = t
                .ids
                .iter()
                .map(|&i| &cx.stack.resources[i])
                .find(|c| c.rtype == "aws_neptune_cluster");
            let (status, message) = match (cluster, &t.unresolved, t.external.first()) {
                (Some(c), _, _) => {
                    let v = judge(cx, c, &ENCRYPTED);
                    let m = match v.status {
                        Status::Pass => format!("snapshot of {}, whose storage is encrypted", c.address),
                        _ => format!("snapshot of {}: {}", c.address, v.message),
                    };
                    (v.status, m)
                }
                (None, Some(why), _) => (
                    Status::Unknown,
                    format!("{attr} is unknown until apply: {why}"),
                ),
                (None, None, Some(name)) => (
                    Status::Unknown,
                    format!("its cluster {} is not in the plan: a snapshot has its cluster's encryption", cx.stack.text(r, attr, &crate::model::Val::Str(name.as_str().into()))),
                ),
                (None, None, None) => (
                    Status::Unknown,
                    "its cluster cannot be found in the plan".to_string(),
                ),
            };
            cx.push(r, attr, status, message, None);
        }
    }
}
