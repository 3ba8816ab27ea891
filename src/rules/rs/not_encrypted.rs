use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_redshift_cluster` has `encrypted = true`. An explicit `false` fails. When the
    /// configuration leaves it unset on a cluster being created, the AWS provider (5.x) fills in
    /// `false`, but whether the cluster ends up unencrypted is decided by Redshift's own default for
    /// new clusters, which the plan does not show: Unknown (set `encrypted = true` to decide it).
    /// An existing cluster is judged on the value in its state. A value unknown until apply gives
    /// Unknown.
    ///
    /// ## Why it matters
    /// An unencrypted warehouse keeps its tables, automated and manual snapshots in the clear;
    /// encrypting later means a migration or a resize onto an encrypted cluster.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_redshift_cluster" "dw" {
    ///   cluster_identifier = "dw"
    ///   node_type          = "ra3.large"
    ///   encrypted          = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `encrypted = true` and `kms_key_id` to a customer managed key.
    pub struct NotEncrypted {
        id: "AWS-RS-001",
        slug: "redshift-not-encrypted",
        service: "redshift",
        category: "encryption",
        severity: High,
        title: "Redshift cluster not encrypted",
        types: ["aws_redshift_cluster"],
        default_enabled: true,
        covers: [Fsbp "Redshift.10", Checkov "CKV_AWS_64", Trivy "AVD-AWS-0084", Kics "redshift_not_encrypted"],
        check: Spec::all(&[attr("encrypted", Is(Bool(true))).unset_unknown("the provider fills in false, and Redshift's default for a new cluster decides").risk("tables and snapshots are stored unencrypted")]),
    }
}
