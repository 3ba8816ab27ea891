use crate::model::{Mode, ResId};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_default_vpc` that the plan puts workloads in. The default VPC is in use when a
    /// resource or data source of the plan points at it through `vpc_id` or a `filter` (subnets,
    /// security groups, endpoints, gateways, load balancer target groups, subnet lookups...), or
    /// points at an `aws_default_subnet` of the same provider configuration (instances, network
    /// interfaces, load balancers, database and cache subnet groups...). What only locks the
    /// default VPC down does not count: its default security group, network ACL and route
    /// table, flow logs, DHCP options, and network ACL or route table associations of its
    /// subnets. A security group without `vpc_id`, or an instance without `subnet_id`, network
    /// interface or launch template, of the same provider configuration, lands in the default
    /// VPC and counts too, and so do an RDS instance or cluster, an ElastiCache cluster,
    /// replication group or serverless cache, a Redshift cluster and a Classic Load Balancer
    /// that name no subnet group or subnets (a read replica, and a cache cluster of a
    /// replication group, are placed with their source). A default VPC adopted only for that passes. References are followed through
    /// modules and known IDs; a `vpc_id` of the plan that cannot be followed and may be this
    /// VPC gives Unknown.
    ///
    /// Checkov (CKV_AWS_148) and KICS flag every `aws_default_vpc`, and Trivy (AVD-AWS-0101)
    /// every default VPC: adopting the default VPC to remove its rules, as account baselines
    /// do, fails there and passes here. The default VPC itself exists in every region until
    /// someone deletes it; a plan that does not mention it says nothing about it.
    ///
    /// ## Why it matters
    /// The default VPC is built for a quick start, not for isolation: every subnet is public
    /// and gives instances public IPs, the default route goes to an internet gateway, and its
    /// network ACL allows everything. Workloads placed there are one security group mistake
    /// away from the internet, without the subnet tiers, flow logs and endpoints a designed
    /// VPC has.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_default_vpc" "default" {}
    ///
    /// resource "aws_security_group" "app" {
    ///   vpc_id = aws_default_vpc.default.id
    /// }
    /// ```
    ///
    /// ## Fix
    /// Create a VPC for the workload (`aws_vpc` with private subnets) and place resources there.
    /// Keep the default VPC, if at all, only to lock it down (no rules in its default security
    /// group and network ACL), or delete it.
    pub struct DefaultVpcInUse {
        id: "AWS-VPC-015",
        slug: "default-vpc-in-use",
        service: "vpc",
        category: "network",
        severity: High,
        title: "Workloads placed in the default VPC",
        types: ["aws_default_vpc"],
        default_enabled: true,
        covers: [Trivy "AVD-AWS-0101", Kics "ec2_instance_using_default_vpc"],
    }
}

/// Types that only lock the default VPC or its subnets down, or log them.
const LOCKDOWN: [&str; 9] = [
    "aws_default_security_group",
    "aws_default_network_acl",
    "aws_default_route_table",
    "aws_flow_log",
    "aws_vpc_dhcp_options_association",
    "aws_network_acl",
    "aws_network_acl_association",
    "aws_route_table_association",
    "aws_ec2_tag",
];

/// Attributes of a reference to the VPC that place something in it.
const PLACING: [&str; 2] = ["vpc_id", "filter"];

impl Rule for DefaultVpcInUse {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        for (id, r) in cx.live("aws_default_vpc") {
            let provider = stack.provider_config(r).map(|p| p as *const _);
            // A managed resource placed there names the problem better than a lookup.
            let placed = |to: ResId, attrs: Option<&[&str]>| {
                let mut users: Vec<_> = stack
                    .edges_to(to)
                    .filter(|e| {
                        let f = &stack.resources[e.from];
                        !LOCKDOWN.contains(&f.rtype)
                            && !f.leaves_configuration()
                            && attrs.is_none_or(|a| a.contains(&e.attr))
                    })
                    .collect();
                users.sort_by_key(|e| (stack.resources[e.from].mode != Mode::Managed, e.from));
                users.first().copied()
            };
            let mut user = placed(id, Some(&PLACING))
                .map(|e| format!("{} ({} from {})", cx.address(e.from), e.attr, e.via));
            if user.is_none() {
                user = cx
                    .live("aws_default_subnet")
                    .filter(|(_, s)| stack.provider_config(s).map(|p| p as *const _) == provider)
                    .find_map(|(sid, s)| {
                        placed(sid, None).map(|e| {
                            format!(
                                "{} (in {}, through {})",
                                cx.address(e.from),
                                s.address,
                                e.attr
                            )
                        })
                    });
            }
            if user.is_none() {
                user = implicit_user(cx, provider);
            }
            let (status, msg) = match user {
                Some(u) => (
                    Status::Fail,
                    format!("{u} points at the default VPC: the plan uses it for workloads"),
                ),
                None => match stack.all_unresolved().find(|u| {
                    PLACING.contains(&u.attr)
                        && !LOCKDOWN.contains(&stack.resources[u.from].rtype)
                        && (u.candidates.is_empty() || u.candidates.contains(&id))
                }) {
                    Some(u) => (
                        Status::Unknown,
                        format!(
                            "nothing is placed in the default VPC as far as the plan tells, but \
                             the {} of {} cannot be followed: {}",
                            u.attr,
                            cx.address(u.from),
                            u.reason
                        ),
                    ),
                    None => (
                        Status::Pass,
                        "the default VPC is managed, and nothing of the plan is placed in it"
                            .into(),
                    ),
                },
            };
            cx.report(r, "", status, msg);
        }
    }
}

/// A resource of the same provider configuration that lands in the default VPC by naming no
/// network: a security group without `vpc_id`, an instance without `subnet_id`, network
/// interface or launch template (its default subnet), a database, cache or Classic Load
/// Balancer without subnets.
fn implicit_user(cx: &Cx, provider: Option<*const crate::model::Val>) -> Option<String> {
    let stack = cx.stack;
    let same =
        |r: &crate::model::Resource| stack.provider_config(r).map(|p| p as *const _) == provider;
    let unset = |r: &crate::model::Resource, path: &str| {
        matches!(
            stack.eff(r, path),
            crate::model::Eff::NotSet | crate::model::Eff::Known(crate::model::Val::Null)
        )
    };
    let written = |r: &crate::model::Resource, block: &str| {
        r.config
            .and_then(|c| c.get("expressions"))
            .and_then(|e| e.get(block))
            .is_some()
    };
    if let Some((_, g)) = cx
        .live("aws_security_group")
        .find(|(_, g)| same(g) && unset(g, "vpc_id"))
    {
        return Some(format!("{}, which names no vpc_id,", g.address));
    }
    if let Some((_, i)) = cx.live("aws_instance").find(|(_, i)| {
        same(i)
            && unset(i, "subnet_id")
            && !written(i, "network_interface")
            && !written(i, "launch_template")
    }) {
        return Some(format!("{}, which names no subnet,", i.address));
    }
    // Databases, caches and load balancers without a subnet group go to the default VPC's
    // (a replica or a cache cluster of a group is placed with its source or group).
    IMPLICIT_SUBNETS
        .iter()
        .find_map(|(rtype, subnets, placed_by)| {
            cx.live(rtype)
                .find(|(_, r)| {
                    same(r) && unset(r, subnets) && placed_by.iter().all(|a| unset(r, a))
                })
                .map(|(_, r)| format!("{}, which names no {subnets},", r.address))
        })
}

/// Type, the argument that places it in subnets, and the arguments that place it elsewhere
/// when set.
const IMPLICIT_SUBNETS: [(&str, &str, &[&str]); 7] = [
    (
        "aws_db_instance",
        "db_subnet_group_name",
        &["replicate_source_db"],
    ),
    (
        "aws_rds_cluster",
        "db_subnet_group_name",
        &["replication_source_identifier"],
    ),
    (
        "aws_elasticache_replication_group",
        "subnet_group_name",
        &[],
    ),
    (
        "aws_elasticache_cluster",
        "subnet_group_name",
        &["replication_group_id"],
    ),
    ("aws_elasticache_serverless_cache", "subnet_ids", &[]),
    ("aws_redshift_cluster", "cluster_subnet_group_name", &[]),
    ("aws_elb", "subnets", &[]),
];
