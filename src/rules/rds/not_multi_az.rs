use crate::model::{Eff, ResId, Resource, Val};
use crate::rules::attr::{attr, judge, Expect::Is, Expect::Set, Lit::Bool, Lit::Str, Test};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_db_instance` has `multi_az = true` (unset: one Availability Zone, RDS's default).
    /// An `aws_rds_cluster` is judged with its instances, since an Aurora cluster is Multi-AZ when
    /// it has instances in more than one zone:
    /// - a Multi-AZ DB cluster (`db_cluster_instance_class` set) and Aurora Serverless v1
    ///   (`engine_mode = "serverless"`) pass;
    /// - otherwise the `aws_rds_cluster_instance`s of the plan whose `cluster_identifier` points at
    ///   it are counted: two or more pass (unless their `availability_zone`s are all the same
    ///   known zone), one fails. None in the plan gives Unknown (they are managed elsewhere), and
    ///   so does an instance whose `cluster_identifier` cannot be followed.
    /// The result is reported on the cluster; the fix is one more `aws_rds_cluster_instance`.
    ///
    /// ## Why it matters
    /// A single-AZ database goes down with its Availability Zone, and every storage or host
    /// failure becomes an outage that lasts until RDS replaces the host. With a standby or a
    /// reader in another zone, RDS fails over in a minute or two.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_rds_cluster" "main" {
    ///   engine = "aurora-postgresql"
    /// }
    /// resource "aws_rds_cluster_instance" "writer" {
    ///   cluster_identifier = aws_rds_cluster.main.id
    ///   instance_class     = "db.r6g.large"
    ///   engine             = "aurora-postgresql"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `multi_az = true` on `aws_db_instance`; give an Aurora cluster two instances or more
    /// (`count = 2` on `aws_rds_cluster_instance`) in different zones.
    pub struct NotMultiAz {
        id: "AWS-RDS-013",
        slug: "rds-not-multi-az",
        service: "rds",
        category: "resilience",
        severity: Medium,
        title: "Database not Multi-AZ",
        types: ["aws_db_instance", "aws_rds_cluster"],
        default_enabled: true,
        covers: [Fsbp "RDS.5" in ["aws_db_instance"], Fsbp "RDS.15" in ["aws_rds_cluster"], Checkov "CKV_AWS_157" in ["aws_db_instance"]],
    }
}

/// Unset, an RDS instance runs in one Availability Zone.
const INSTANCE_MULTI_AZ: Test = attr("multi_az", Is(Bool(true)))
    .default(Bool(false))
    .risk("an Availability Zone outage takes the database down");

/// A Multi-AZ DB cluster (non-Aurora): `db_cluster_instance_class` is set.
const MULTI_AZ_DB_CLUSTER: Test = attr("db_cluster_instance_class", Set);

/// Aurora Serverless v1: storage across three AZs, compute restarted in another AZ by RDS.
const SERVERLESS_V1: Test = attr("engine_mode", Is(Str("serverless")));

impl Rule for NotMultiAz {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        for (_, r) in cx.live("aws_db_instance") {
            let v = judge(cx, r, &INSTANCE_MULTI_AZ);
            let prov = stack.provenance(r, "multi_az");
            cx.push(r, "multi_az", v.status, v.message, prov);
        }
        for (id, r) in cx.live("aws_rds_cluster") {
            let (status, message, attribute) = cluster(cx, id, r);
            cx.push(r, attribute, status, message, None);
        }
    }
}

/// The verdict on a cluster: its kind, else the instances of the plan that join it.
fn cluster(cx: &Cx, id: ResId, r: &Resource) -> (Status, String, &'static str) {
    for (t, why) in [
        (
            &MULTI_AZ_DB_CLUSTER,
            "a Multi-AZ DB cluster: a writer and two readers in three Availability Zones",
        ),
        (
            &SERVERLESS_V1,
            "Aurora Serverless v1: RDS restarts the capacity in another Availability Zone",
        ),
    ] {
        let v = judge(cx, r, t);
        match v.status {
            Status::Pass => return (Status::Pass, why.to_string(), t.path),
            Status::Unknown => return (Status::Unknown, v.message, t.path),
            Status::Fail => {}
        }
    }
    let p = cx.partners(id, "aws_rds_cluster_instance", "cluster_identifier");
    let members: Vec<&Resource> = p
        .found
        .iter()
        .map(|e| &cx.stack.resources[e.from])
        .filter(|m| !m.is_deleted())
        .collect();
    let open = p.unresolved.first().map(|u| {
        format!(
            "the cluster_identifier of {} cannot be followed: {}",
            cx.address(u.from),
            u.reason
        )
    });
    let names = || {
        members
            .iter()
            .map(|m| &*m.address)
            .collect::<Vec<_>>()
            .join(", ")
    };
    if members.len() >= 2 {
        // Known zones that are all the same defeat the point.
        let zones: Vec<Option<&str>> = members
            .iter()
            .map(|m| match cx.stack.eff(m, "availability_zone") {
                Eff::Known(Val::Str(z)) => Some(z.as_ref()),
                _ => None,
            })
            .map(|z| z.filter(|z| !z.is_empty()))
            .collect();
        if let [Some(first), rest @ ..] = zones.as_slice() {
            if rest.iter().all(|z| z == &Some(*first)) {
                return (
                    Status::Fail,
                    format!("its instances ({}) are all in {first}", names()),
                    "availability_zone",
                );
            }
        }
        return (
            Status::Pass,
            format!(
                "{} instances ({}): a reader in another Availability Zone can take over",
                members.len(),
                names()
            ),
            "cluster_identifier",
        );
    }
    let have = match members.len() {
        0 => "no aws_rds_cluster_instance of the plan joins it".to_string(),
        _ => format!("one instance ({}) and no reader to fail over to", names()),
    };
    match (open, members.len()) {
        (Some(why), _) => (
            Status::Unknown,
            format!("{have}, but {why}"),
            "cluster_identifier",
        ),
        (None, 0) => (
            Status::Unknown,
            format!("{have}: its instances are managed elsewhere"),
            "cluster_identifier",
        ),
        (None, _) => (
            Status::Fail,
            format!("{have}: an Availability Zone outage takes the database down"),
            "cluster_identifier",
        ),
    }
}
