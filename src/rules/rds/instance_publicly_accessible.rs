use crate::model::{Eff, Resource, Val};
use crate::rules::attr::{attr, judge, Expect::Is, Lit::Bool, Test};
use crate::rules::rds::subnet_group_gateway;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_db_instance` and `aws_rds_cluster_instance` (Aurora instances carry the setting
    /// themselves) have `publicly_accessible = false`. Unset on an `aws_db_instance`, the
    /// provider sends `false`: Pass. Unset on an `aws_rds_cluster_instance`, RDS decides
    /// (CreateDBInstance API: the instance is public when the VPC of its DB subnet group has an
    /// internet gateway attached, private otherwise). The subnet group is the instance's
    /// `db_subnet_group_name`, else its cluster's; its subnets lead to their VPC, and an
    /// `aws_internet_gateway` (or `aws_internet_gateway_attachment`) of the plan on that VPC
    /// makes the unset instance fail, none makes it pass. Without a subnet group (the default
    /// VPC), or with a group, subnet or VPC outside the plan, it is Unknown. A value unknown
    /// until apply gives Unknown.
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
    }
}

/// Unset, the provider sends `false` for an `aws_db_instance`.
const INSTANCE: Test = attr("publicly_accessible", Is(Bool(false)))
    .default(Bool(false))
    .risk("the instance gets a public IP address");

/// An Aurora instance's own setting, when set.
const CLUSTER_INSTANCE: Test =
    attr("publicly_accessible", Is(Bool(false))).risk("the instance gets a public IP address");

impl Rule for InstancePubliclyAccessible {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        let path = "publicly_accessible";
        for (_, r) in cx.live("aws_db_instance") {
            let v = judge(cx, r, &INSTANCE);
            cx.push(r, path, v.status, v.message, stack.provenance(r, path));
        }
        for (_, r) in cx.live("aws_rds_cluster_instance") {
            let v = judge(cx, r, &CLUSTER_INSTANCE);
            let unset = matches!(stack.eff(r, path), Eff::NotSet | Eff::Known(Val::Null));
            let (status, message) = if unset {
                by_gateway(cx, r)
            } else {
                (v.status, v.message)
            };
            cx.push(r, path, status, message, stack.provenance(r, path));
        }
    }
}

/// An Aurora instance without `publicly_accessible`: public exactly when its VPC has an
/// internet gateway.
fn by_gateway(cx: &Cx, r: &Resource) -> (Status, String) {
    let cluster = cx
        .targets(r, "cluster_identifier")
        .ids
        .into_iter()
        .map(|i| &cx.stack.resources[i])
        .find(|c| c.rtype == "aws_rds_cluster");
    match subnet_group_gateway(cx, r, cluster) {
        Ok(Some(gw)) => (
            Status::Fail,
            format!("publicly_accessible is not set, and its VPC has an internet gateway ({gw}): RDS makes the instance public"),
        ),
        Ok(None) => (
            Status::Pass,
            "publicly_accessible is not set, and its VPC has no internet gateway: RDS makes the instance private".to_string(),
        ),
        Err(why) => (
            Status::Unknown,
            format!("publicly_accessible is not set, so RDS decides from the VPC's internet gateway, but {why}"),
        ),
    }
}
