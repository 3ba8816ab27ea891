use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_redshift_cluster`, `aws_redshiftserverless_namespace` or
    /// `aws_redshift_snapshot_copy_grant` names a customer managed KMS key in `kms_key_id`. Unset,
    /// Redshift uses an AWS owned or AWS managed key (or none): Fail. An AWS managed alias fails too;
    /// a key unknown until apply gives Unknown. Off by default (medium severity): it runs under
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// With an AWS key you cannot restrict through a key policy who may decrypt the warehouse, its
    /// snapshots and their cross-region copies, audit the key's use, or revoke access.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_redshift_cluster" "dw" {
    ///   cluster_identifier = "dw"
    ///   node_type          = "ra3.xlplus"
    ///   master_username    = "dwadmin"
    ///   encrypted          = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `kms_key_id = aws_kms_key.redshift.arn` (with `encrypted = true` on a cluster).
    pub struct NotCustomerKey {
        id: "AWS-RS-006",
        slug: "redshift-without-customer-key",
        service: "redshift",
        category: "encryption",
        severity: Medium,
        title: "Redshift without a customer KMS key",
        types: ["aws_redshift_cluster", "aws_redshiftserverless_namespace", "aws_redshift_snapshot_copy_grant"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_142" in ["aws_redshift_cluster"], Checkov "CKV_AWS_282" in ["aws_redshiftserverless_namespace"], Checkov "CKV_AWS_281" in ["aws_redshift_snapshot_copy_grant"]],
        check: Spec::all(&[attr("kms_key_id", CustomerKey).risk("the data is not under a key you control")]),
    }
}
