use crate::model::{Resource, Val};
use crate::rules::attr::{attr, judge, Expect::Set, Test};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_opensearch_domain` or `aws_elasticsearch_domain` in a VPC (`vpc_options.subnet_ids`
    /// set) names its own security groups: `vpc_options.security_group_ids` is not empty and
    /// none of them is the VPC's default group (`aws_default_security_group`). Without
    /// `security_group_ids`, OpenSearch attaches the VPC's default security group (provider
    /// documentation: "If omitted, the default Security Group for the VPC will be used"): Fail.
    /// Domains outside a VPC are not judged (AWS-OS-009 is about them). A group ID that is not in
    /// the plan, or a list that cannot be followed, gives Unknown.
    ///
    /// ## Why it matters
    /// The default security group is shared by everything in the VPC that was not given a group
    /// of its own, and its rules tend to grow; the domain's exposure then depends on rules written
    /// for something else.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_opensearch_domain" "search" {
    ///   domain_name = "search"
    ///   vpc_options {
    ///     subnet_ids = [aws_subnet.private.id]
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Create an `aws_security_group` for the domain, admitting port 443 from its clients only,
    /// and list it in `vpc_options.security_group_ids`.
    pub struct DefaultSecurityGroup {
        id: "AWS-OS-005",
        slug: "opensearch-default-security-group",
        service: "opensearch",
        category: "network",
        severity: High,
        title: "OpenSearch domain on the default security group",
        types: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_248"],
    }
}

/// Applicability: the domain is in a VPC.
const IN_VPC: Test = attr("vpc_options.0.subnet_ids", Set);

/// Where the security groups are listed.
const GROUPS: &str = "vpc_options.0.security_group_ids";

impl Rule for DefaultSecurityGroup {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for &rtype in Self::META.types {
            for (_, r) in cx.live(rtype) {
                let in_vpc = judge(cx, r, &IN_VPC);
                let (status, message) = match in_vpc.status {
                    Status::Fail => continue,
                    Status::Unknown => (
                        Status::Unknown,
                        format!(
                            "whether the domain is in a VPC is unknown: {}",
                            in_vpc.message
                        ),
                    ),
                    Status::Pass => verdict(cx, r),
                };
                cx.push(r, GROUPS, status, message, None);
            }
        }
    }
}

/// The verdict on the security groups of a domain in a VPC.
fn verdict(cx: &Cx, r: &Resource) -> (Status, String) {
    let t = cx.targets(r, GROUPS);
    let groups: Vec<&Resource> = t.ids.iter().map(|&i| &cx.stack.resources[i]).collect();
    if let Some(d) = groups
        .iter()
        .find(|g| g.rtype == "aws_default_security_group")
    {
        return (
            Status::Fail,
            format!("{} is the VPC's default security group", d.address),
        );
    }
    if let Some(why) = t.unresolved {
        return (
            Status::Unknown,
            format!("security_group_ids is unknown until apply: {why}"),
        );
    }
    if let Some(id) = t.external.first() {
        return (
            Status::Unknown,
            format!(
                "security group {} is not in the plan: it may be a default group",
                cx.stack.text(r, GROUPS, &Val::Str(id.as_str().into()))
            ),
        );
    }
    if groups.is_empty() {
        return (
            Status::Fail,
            "no security_group_ids: OpenSearch attaches the VPC's default security group"
                .to_string(),
        );
    }
    let names: Vec<&str> = groups.iter().map(|g| &*g.address).collect();
    (
        Status::Pass,
        format!("security groups of its own: {}", names.join(", ")),
    )
}
