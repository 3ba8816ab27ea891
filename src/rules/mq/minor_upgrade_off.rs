use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_mq_broker` has `auto_minor_version_upgrade = true`. Unset, the provider and AWS
    /// leave it `false`, which fails. A value known only at apply gives Unknown. Off by default
    /// (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Minor versions carry security fixes; without automatic upgrades the broker keeps its
    /// vulnerabilities until someone upgrades it by hand.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_mq_broker" "orders" {
    ///   broker_name = "orders"
    ///   # auto_minor_version_upgrade not set
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// auto_minor_version_upgrade = true
    /// ```
    pub struct MinorUpgradeOff {
        id: "AWS-MQ-005",
        slug: "mq-minor-upgrade-off",
        service: "mq",
        category: "patching",
        severity: Medium,
        title: "Amazon MQ broker without automatic minor version upgrades",
        types: ["aws_mq_broker"],
        default_enabled: false,
        covers: [Fsbp "MQ.3", Checkov "CKV_AWS_207"],
        check: Spec::all(&[attr("auto_minor_version_upgrade", Is(Bool(true))).default(Bool(false)).risk("security fixes are not applied")]),
    }
}
