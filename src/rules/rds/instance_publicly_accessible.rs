use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_db_instance` and `aws_rds_cluster_instance` (Aurora instances carry the setting
    /// themselves) have `publicly_accessible = false`. Unset on an `aws_db_instance`, the provider
    /// sends `false`. Unset on an `aws_rds_cluster_instance`, RDS decides (CreateDBInstance API:
    /// public when the subnet group's VPC has an internet gateway attached, private otherwise),
    /// which the plan cannot tell: Unknown. A value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// A publicly accessible instance gets a DNS name that resolves to a public IP address; only
    /// its security group stands between the database port and the internet, and database ports
    /// are scanned constantly.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine              = "postgres"
    ///   instance_class      = "db.t3.micro"
    ///   publicly_accessible = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `publicly_accessible = false` (on each `aws_rds_cluster_instance` of an Aurora cluster
    /// too) and reach the database from inside the VPC, through a VPN or a bastion.
    pub struct InstancePubliclyAccessible {
        id: "AWS-RDS-007",
        slug: "rds-instance-publicly-accessible",
        service: "rds",
        category: "network",
        severity: Critical,
        title: "DB instance publicly accessible",
        types: ["aws_db_instance", "aws_rds_cluster_instance"],
        default_enabled: true,
        covers: [Fsbp "RDS.2", Cis "2.3.3", Checkov "CKV_AWS_17", Trivy "AVD-AWS-0180", Kics "rds_db_instance_publicly_accessible"],
        check: Spec::all(&[attr("publicly_accessible", Is(Bool(false))).default(Bool(false)).on(&["aws_db_instance"]), attr("publicly_accessible", Is(Bool(false))).unset_unknown("RDS makes the instance public when its subnet group's VPC has an internet gateway").on(&["aws_rds_cluster_instance"])]),
    }
}
