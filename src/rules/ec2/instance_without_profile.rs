use crate::model::{Eff, Resource};
use crate::rules::{declare_rule, tri_set, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_instance` has an `iam_instance_profile`, and `aws_launch_template` has an
    /// `iam_instance_profile` block with a name or ARN. A launch template used by an
    /// `aws_eks_node_group` is not judged: EKS supplies the node role. A profile that comes from
    /// a resource being created counts as set; one that cannot be followed gives Unknown.
    ///
    /// ## Why it matters
    /// Without an instance profile, software on the instance gets AWS credentials some other
    /// way: long-lived access keys in files or user data, which leak and are never rotated.
    /// It also rules out Systems Manager Session Manager, leaving SSH as the way in.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_instance" "web" {
    ///   ami           = "ami-0abcdef1234567890"
    ///   instance_type = "t3.micro"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_instance" "web" {
    ///   ami                  = "ami-0abcdef1234567890"
    ///   instance_type        = "t3.micro"
    ///   iam_instance_profile = aws_iam_instance_profile.web.name
    /// }
    /// ```
    pub struct InstanceWithoutProfile {
        id: "AWS-EC2-001",
        slug: "instance-without-iam-instance-profile",
        service: "ec2",
        category: "identity",
        severity: Medium,
        title: "Instance without IAM instance profile",
        types: ["aws_instance", "aws_launch_template"],
        default_enabled: true,
        covers: [Checkov "CKV2_AWS_41"],
    }
}

/// The node group whose module path shares the most with the launch template's.
fn closest<'a>(lt: &Resource, groups: &[&'a Resource]) -> Option<&'a str> {
    groups
        .iter()
        .max_by_key(|g| {
            g.module
                .iter()
                .zip(lt.module.iter())
                .take_while(|(a, b)| a == b)
                .count()
        })
        .map(|g| &*g.address)
}

impl Rule for InstanceWithoutProfile {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_instance") {
            let e = cx.stack.eff(r, "iam_instance_profile");
            let (status, msg) = match (tri_set(&e), &e) {
                (Some(true), Eff::FromResources { reference, .. }) => {
                    (Status::Pass, format!("instance profile from {reference}"))
                }
                (Some(true), _) => (Status::Pass, "instance profile set".to_string()),
                (Some(false), _) => (Status::Fail, "no IAM instance profile".to_string()),
                (None, _) => (
                    Status::Unknown,
                    format!("iam_instance_profile is {}", unknown_reason(&e)),
                ),
            };
            let prov = cx.stack.provenance(r, "iam_instance_profile");
            cx.push(r, "iam_instance_profile", status, msg, prov);
        }
        // Launch templates of EKS node groups: linked by reference, by known ID or name, or
        // possibly (a node group whose launch_template is a `dynamic` block the plan omits).
        let mut for_eks = std::collections::HashSet::new();
        let mut unlinked = Vec::new();
        for (_, ng) in cx.live("aws_eks_node_group") {
            let mut linked = false;
            let mut open = false;
            for attr in ["launch_template.0.id", "launch_template.0.name"] {
                let t = cx.targets(ng, attr);
                linked |= !t.ids.is_empty() || !t.external.is_empty();
                open |=
                    t.unresolved.is_some() || (t.ids.is_empty() && cx.stack.is_unknown(ng, attr));
                for_eks.extend(t.ids);
            }
            if open && !linked {
                unlinked.push(ng);
            }
        }
        for (id, r) in cx.live("aws_launch_template") {
            if for_eks.contains(&id) {
                continue;
            }
            let name = tri_set(&cx.stack.eff(r, "iam_instance_profile.0.name"));
            let arn = tri_set(&cx.stack.eff(r, "iam_instance_profile.0.arn"));
            let (status, msg) = match crate::rules::tri_or(name, arn) {
                Some(true) => (Status::Pass, "instance profile set".to_string()),
                Some(false) => match closest(r, &unlinked) {
                    Some(ng) => (
                        Status::Unknown,
                        format!(
                            "no IAM instance profile, but this may be the launch template of {ng} \
                             (EKS supplies the node role), which the plan does not link"
                        ),
                    ),
                    None => (
                        Status::Fail,
                        "launch template has no IAM instance profile".to_string(),
                    ),
                },
                None => (
                    Status::Unknown,
                    "the launch template's instance profile is unknown until apply".to_string(),
                ),
            };
            cx.report(r, "iam_instance_profile", status, msg);
        }
    }
}
