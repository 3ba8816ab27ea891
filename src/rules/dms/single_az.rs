use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_dms_replication_instance.multi_az` is `true`. Unset, the instance is single-AZ
    /// (AWS default `false`): it fails. A value known only at apply is Unknown. Off by default
    /// (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// A Multi-AZ instance fails over to a standby in another Availability Zone; a single-AZ
    /// instance stops the replication until it is recovered.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_dms_replication_instance" "main" {
    ///   replication_instance_id    = "main"
    ///   replication_instance_class = "dms.t3.medium"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add `multi_az = true`.
    pub struct SingleAz {
        id: "AWS-DMS-005",
        slug: "dms-single-az",
        service: "dms",
        category: "resilience",
        severity: Medium,
        title: "DMS replication instance not Multi-AZ",
        types: ["aws_dms_replication_instance"],
        default_enabled: false,
        covers: [Fsbp "DMS.13"],
        check: Spec::all(&[attr("multi_az", Is(Bool(true)))
            .default(Bool(false))
            .risk("an Availability Zone outage stops the replication")]),
    }
}
