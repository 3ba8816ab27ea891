use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_dms_replication_instance.publicly_accessible` is `false`. Unset, the DMS API's
    /// default is `true` (the instance gets a public IP address): it fails. A value known only
    /// at apply is Unknown.
    ///
    /// ## Why it matters
    /// A replication instance holds credentials to both the source and the target databases
    /// and streams their data; a public address puts it on the internet, one security group
    /// rule away from exposure.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_dms_replication_instance" "migrate" {
    ///   replication_instance_id    = "migrate"
    ///   replication_instance_class = "dms.t3.medium"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_dms_replication_instance" "migrate" {
    ///   replication_instance_id     = "migrate"
    ///   replication_instance_class  = "dms.t3.medium"
    ///   publicly_accessible         = false
    ///   replication_subnet_group_id = aws_dms_replication_subnet_group.private.id
    /// }
    /// ```
    pub struct ReplicationInstancePublic {
        id: "AWS-DMS-002",
        slug: "dms-replication-instance-public",
        service: "dms",
        category: "network",
        severity: Critical,
        title: "DMS replication instance publicly accessible",
        types: ["aws_dms_replication_instance"],
        default_enabled: true,
        covers: [Fsbp "DMS.1", Checkov "CKV_AWS_89", Kics "amazon_dms_replication_instance_is_publicly_accessible"],
        check: Spec::all(&[attr("publicly_accessible", Is(Bool(false)))
            .default(Bool(true))
            .risk("the replication instance gets a public IP address")]),
    }
}
