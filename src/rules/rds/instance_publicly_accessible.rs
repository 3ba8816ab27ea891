use crate::model::{Eff, Resource, Val};
use crate::rules::attr::{attr, judge, Expect::Is, Lit::Bool, Test};
use crate::rules::rds::{cluster_of, subnet_group_gateway};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_db_instance` and `aws_rds_cluster_instance` (Aurora instances carry the setting
    /// themselves) are not reachable from the internet through `publicly_accessible`. Unset on an
    /// `aws_db_instance`, the provider sends `false`: Pass. Unset on an
    /// `aws_rds_cluster_instance`, RDS decides (CreateDBInstance API: the instance is public
    /// when the VPC of its DB subnet group has an internet gateway attached, private otherwise).
    /// The subnet group is the instance's `db_subnet_group_name`, else its cluster's; its
    /// subnets lead to their VPC, and an `aws_internet_gateway` (or
    /// `aws_internet_gateway_attachment`) of the plan on that VPC makes the unset instance fail,
    /// none makes it pass. Without a subnet group (the default VPC), with a group, subnet or
    /// VPC outside the plan, or while a gateway's `vpc_id` comes from another resource than a
    /// VPC (a CIDR block association's `vpc_id`: its VPC is known at apply), it is Unknown.
    ///
    /// `publicly_accessible = true` is judged on the effective exposure the same way: it fails
    /// when the VPC of the subnet group has an internet gateway in the plan, and when there is
    /// no subnet group at all (RDS then uses the default VPC, which AWS creates with an
    /// internet gateway). It passes, with a message saying why, when the subnet group, its
    /// subnets and their VPC are all in the plan and nothing attaches an internet gateway to
    /// that VPC: the public address needs an internet gateway (RDS documents that the instance
    /// must be in a public subnet to be publicly accessible, and CreateDBInstance refuses
    /// `PubliclyAccessible` in a VPC without one). With the group, a subnet or the VPC outside
    /// the plan it is Unknown. A value unknown until apply gives Unknown.
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
            let (status, message) = effective(cx, r, None, v.status, v.message);
            cx.push(r, path, status, message, stack.provenance(r, path));
        }
        for (_, r) in cx.live("aws_rds_cluster_instance") {
            let v = judge(cx, r, &CLUSTER_INSTANCE);
            let unset = matches!(stack.eff(r, path), Eff::NotSet | Eff::Known(Val::Null));
            let cluster = cluster_of(cx, r);
            let (status, message) = if unset {
                by_gateway(cx, r, cluster)
            } else {
                effective(cx, r, cluster, v.status, v.message)
            };
            cx.push(r, path, status, message, stack.provenance(r, path));
        }
    }
}

/// `publicly_accessible = true` (a Fail of the attribute test) judged on the network: the
/// public address is reachable only through an internet gateway on the subnet group's VPC.
fn effective(
    cx: &Cx,
    r: &Resource,
    cluster: Option<&Resource>,
    status: Status,
    message: String,
) -> (Status, String) {
    if status != Status::Fail {
        return (status, message);
    }
    let attr = "db_subnet_group_name";
    let no_group = |x: &Resource| {
        let t = cx.targets(x, attr);
        t.ids.is_empty() && t.external.is_empty() && t.unresolved.is_none()
    };
    if no_group(r) && cluster.is_none_or(no_group) {
        return (
            Status::Fail,
            format!("{message}; it has no DB subnet group, so RDS places it in the default VPC, which AWS creates with an internet gateway"),
        );
    }
    match subnet_group_gateway(cx, r, cluster) {
        Ok(Some(gw)) => (
            Status::Fail,
            format!("{message}, and its VPC has an internet gateway ({gw})"),
        ),
        Ok(None) => (
            Status::Pass,
            "publicly_accessible is true, but the VPC of its DB subnet group has no internet gateway: the public address is unreachable from the internet (and RDS refuses the setting in such a VPC)".to_string(),
        ),
        Err(why) => (
            Status::Unknown,
            format!("publicly_accessible is true; whether the internet reaches it depends on an internet gateway on its VPC, but {why}"),
        ),
    }
}

/// An Aurora instance without `publicly_accessible`: public exactly when its VPC has an
/// internet gateway.
fn by_gateway(cx: &Cx, r: &Resource, cluster: Option<&Resource>) -> (Status, String) {
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
