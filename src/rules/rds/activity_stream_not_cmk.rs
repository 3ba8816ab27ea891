use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_rds_cluster_activity_stream` has a `kms_key_id` that is a customer managed KMS key (an AWS
    /// managed alias fails). A key unknown until apply that the configuration references counts as
    /// set; one that cannot be followed gives Unknown. Off by default (it runs under `--profile
    /// strict`).
    ///
    /// ## Why it matters
    /// The activity stream carries every statement run on the database; its key decides who can read
    /// that audit trail.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_rds_cluster_activity_stream" "main" {
    ///   resource_arn = aws_rds_cluster.main.arn
    ///   mode         = "async"
    ///   kms_key_id   = "alias/aws/rds"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_rds_cluster_activity_stream" "main" {
    ///   resource_arn = aws_rds_cluster.main.arn
    ///   mode         = "async"
    ///   kms_key_id   = aws_kms_key.audit.key_id
    /// }
    /// ```
    pub struct ActivityStreamNotCmk {
        id: "AWS-RDS-022",
        slug: "rds-activity-stream-not-cmk",
        service: "rds",
        category: "encryption",
        severity: Medium,
        title: "Activity stream not encrypted with a customer key",
        types: ["aws_rds_cluster_activity_stream"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_246"],
        check: Spec::all(&[attr("kms_key_id", CustomerKey).risk("the audit stream is not under a key policy of yours")]),
    }
}
