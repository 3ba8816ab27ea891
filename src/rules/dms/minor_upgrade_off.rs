use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_dms_replication_instance.auto_minor_version_upgrade` is `true`. Unset, the
    /// CreateReplicationInstance default is `true`: it passes; `false` fails. A value known only at apply is Unknown. Off by
    /// default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Minor DMS engine versions carry security and bug fixes; without automatic upgrades the
    /// instance keeps running the version it was created with.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_dms_replication_instance" "main" {
    ///   replication_instance_id    = "main"
    ///   replication_instance_class = "dms.t3.medium"
    ///   auto_minor_version_upgrade = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `auto_minor_version_upgrade` (or set it to `true`).
    pub struct MinorUpgradeOff {
        id: "AWS-DMS-004",
        slug: "dms-minor-upgrade-off",
        service: "dms",
        category: "maintenance",
        severity: Medium,
        title: "DMS replication instance without automatic minor upgrades",
        types: ["aws_dms_replication_instance"],
        default_enabled: false,
        covers: [Fsbp "DMS.6", Checkov "CKV_AWS_222"],
        check: Spec::all(&[attr("auto_minor_version_upgrade", Is(Bool(true)))
            .default(Bool(true))
            .risk("the instance misses the engine's minor security fixes")]),
    }
}
