use crate::model::{format_num, Eff, ResId, Val};
use crate::rules::exposure::{group_ingress, Exposure};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// No security group of an `aws_redshift_cluster` (`vpc_security_group_ids`, followed to
    /// the `aws_security_group` or `aws_default_security_group` resources across modules)
    /// allows ingress on the cluster's `port` (AWS default 5439 when unset) from the internet
    /// (`0.0.0.0/0` or `::/0` (or a block wider than a /8, such as `0.0.0.0/1`), in any spelling). The group's rules are read in the three ways
    /// Terraform writes them: inline `ingress` blocks, `aws_security_group_rule` of type
    /// `ingress`, `aws_vpc_security_group_ingress_rule`; a rule allows the port when its
    /// protocol is all traffic (`-1`) or TCP with a range covering the port.
    /// A port, group list or rule unknown until apply, a group outside the plan, or no
    /// `vpc_security_group_ids` (Redshift then attaches the VPC's default security group, whose
    /// rules the plan does not show) gives Unknown. Pass only when every group is in the plan
    /// and none of its rules opens the port to the internet.
    ///
    /// ## Why it matters
    /// A security group that admits the cluster port from anywhere leaves only the database
    /// password between the internet and the warehouse, once the cluster is publicly
    /// accessible or reachable through a public route.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_security_group" "dw" {
    ///   ingress {
    ///     from_port   = 5439
    ///     to_port     = 5439
    ///     protocol    = "tcp"
    ///     cidr_blocks = ["0.0.0.0/0"]
    ///   }
    /// }
    ///
    /// resource "aws_redshift_cluster" "dw" {
    ///   cluster_identifier     = "dw"
    ///   node_type              = "ra3.large"
    ///   vpc_security_group_ids = [aws_security_group.dw.id]
    /// }
    /// ```
    ///
    /// ## Fix
    /// Admit the cluster port only from the networks or security groups that need it:
    /// `cidr_blocks = ["10.0.0.0/16"]`, or `security_groups = [aws_security_group.bi.id]`.
    pub struct ClusterPortOpenToInternet {
        id: "AWS-RS-015",
        slug: "redshift-cluster-port-open-to-internet",
        service: "redshift",
        category: "network",
        severity: High,
        title: "Redshift cluster SGs open the cluster port to the internet",
        types: ["aws_redshift_cluster", "aws_security_group", "aws_default_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"],
        default_enabled: true,
        covers: [Fsbp "Redshift.15"],
    }
}

const GROUPS: &str = "vpc_security_group_ids";

impl Rule for ClusterPortOpenToInternet {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let clusters: Vec<_> = cx.live("aws_redshift_cluster").collect();
        for (_, r) in clusters {
            let (status, message, attribute) = verdict(cx, r);
            cx.push(r, attribute, status, message, None);
        }
    }
}

/// The verdict on one cluster: status, message and the attribute it is about.
fn verdict(cx: &Cx, r: &crate::model::Resource) -> (Status, String, &'static str) {
    let port = match cx.stack.eff(r, "port") {
        Eff::Known(Val::Num(n)) => *n,
        Eff::NotSet => 5439.0,
        e => {
            return (
                Status::Unknown,
                format!("port is {}", unknown_reason(&e)),
                "port",
            )
        }
    };
    let shown = format_num(port);
    let t = cx.targets(r, GROUPS);
    let groups: Vec<ResId> = t
        .ids
        .iter()
        .copied()
        .filter(|&i| {
            matches!(
                cx.stack.resources[i].rtype,
                "aws_security_group" | "aws_default_security_group"
            )
        })
        .collect();
    let mut unknown: Vec<String> = Vec::new();
    let mut open: Option<String> = None;
    for &g in &groups {
        let (verdicts, why) = group_ingress(cx, g, Exposure::Port(port, "the cluster port"));
        unknown.extend(why);
        for (holder, (status, message, _, _)) in verdicts {
            let at = cx.address(holder);
            match status {
                Status::Fail => {
                    open.get_or_insert(format!("{at}: {message} (port {shown})"));
                }
                Status::Unknown => unknown.push(format!("{at}: {message}")),
                _ => {}
            }
        }
    }
    if let Some(m) = open {
        return (Status::Fail, m, GROUPS);
    }
    if let Some(why) = t.unresolved {
        unknown.insert(0, format!("{GROUPS} is unknown until apply: {why}"));
    }
    for id in &t.external {
        unknown.push(format!(
            "security group {} is not in the plan",
            cx.stack.text(r, GROUPS, &Val::Str(id.as_str().into()))
        ));
    }
    if !unknown.is_empty() {
        return (Status::Unknown, unknown.join("; "), GROUPS);
    }
    if groups.is_empty() {
        return (
            Status::Unknown,
            format!(
                "no {GROUPS}: Redshift attaches the VPC's default security group, \
                 whose rules are not in the plan"
            ),
            GROUPS,
        );
    }
    let names: Vec<&str> = groups.iter().map(|&g| cx.address(g)).collect();
    (
        Status::Pass,
        format!(
            "no ingress rule of {} allows port {shown} from the internet",
            names.join(", ")
        ),
        GROUPS,
    )
}
