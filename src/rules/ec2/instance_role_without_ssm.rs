use crate::model::{ResId, Resource};
use crate::rules::{declare_rule, policy_doc, Cx, Rule, RuleMeta, Status, Targets};

declare_rule! {
    /// ## What it checks
    /// When Systems Manager access is required: the role behind each instance's (and launch
    /// template's) instance profile can register with SSM. Instance → `iam_instance_profile` →
    /// `aws_iam_instance_profile.role` → `aws_iam_role` are followed across modules; the role
    /// passes with the AWS managed policy `AmazonSSMManagedInstanceCore` (attached by
    /// `aws_iam_role_policy_attachment`, `aws_iam_policy_attachment` or `managed_policy_arns`),
    /// or a policy (inline `aws_iam_role_policy`, or an attached `aws_iam_policy`) allowing
    /// `ssm:UpdateInstanceInformation` and `ssmmessages:*`. Off by default; enable it in
    /// tfaudit.toml.
    ///
    /// ## Why it matters
    /// Without these permissions the SSM agent cannot register: no Session Manager, no patching
    /// through Patch Manager, no Run Command, and SSH keys come back as the way in.
    ///
    /// ## Example
    /// An instance profile whose role has only an S3 read policy.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_iam_role_policy_attachment" "ssm" {
    ///   role       = aws_iam_role.app.name
    ///   policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
    /// }
    /// ```
    pub struct InstanceRoleWithoutSsm {
        id: "AWS-EC2-002",
        slug: "instance-role-without-ssm-permissions",
        service: "ec2",
        category: "operations",
        severity: Medium,
        title: "Instance role lacks SSM core permissions",
        types: ["aws_instance", "aws_launch_template", "aws_iam_instance_profile", "aws_iam_role", "aws_iam_role_policy", "aws_iam_role_policy_attachment"],
        default_enabled: false,
    }
}

const MANAGED: &str = ":policy/AmazonSSMManagedInstanceCore";
const NEEDED: [&str; 2] = [
    "ssm:UpdateInstanceInformation",
    "ssmmessages:CreateControlChannel",
];

/// Whether a policy document allows what the SSM agent needs.
fn policy_allows_ssm(text: &str) -> bool {
    policy_doc::parse(text).is_some_and(|st| NEEDED.iter().all(|a| policy_doc::allows(&st, a)))
}

/// One resource of `rtype` among the targets, or why the chain stops.
fn follow(cx: &Cx, t: Targets, rtype: &str, what: &str) -> Result<ResId, String> {
    if let Some(why) = t.unresolved {
        return Err(format!("the {what} is unknown until apply: {why}"));
    }
    match t
        .ids
        .iter()
        .copied()
        .find(|&i| cx.stack.resources[i].rtype == rtype)
    {
        Some(id) => Ok(id),
        None if !t.external.is_empty() => Err(format!(
            "the {what} {} is not in the plan",
            t.external.join(", ")
        )),
        None => Err(format!("no {what}")),
    }
}

/// Whether role `role` has the SSM permissions: Some(true/false), or Err when unknown.
fn role_has_ssm(cx: &Cx, role: ResId) -> Result<bool, String> {
    let r = &cx.stack.resources[role];
    if let crate::model::Eff::Known(v) = cx.stack.eff(r, "managed_policy_arns") {
        if v.strings().iter().any(|a| a.ends_with(MANAGED)) {
            return Ok(true);
        }
    }
    let mut unknown = None;
    for (t, attr) in [
        ("aws_iam_role_policy_attachment", "role"),
        ("aws_iam_policy_attachment", "roles"),
    ] {
        for e in cx.partners(role, t, attr).found {
            let att = &cx.stack.resources[e.from];
            let arn = cx.targets(att, "policy_arn");
            if cx
                .stack
                .eff(att, "policy_arn")
                .clone_known()
                .is_some_and(|a| a.ends_with(MANAGED))
            {
                return Ok(true);
            }
            for &p in &arn.ids {
                let policy = &cx.stack.resources[p];
                match policy_doc::text(cx.stack, policy, "policy") {
                    Ok(Some(text)) if policy_allows_ssm(&text) => return Ok(true),
                    Ok(_) => {}
                    Err(why) => {
                        unknown =
                            unknown.or(Some(format!("the policy of {} is {why}", policy.address)))
                    }
                }
            }
            if let Some(why) = arn.unresolved {
                unknown = unknown.or(Some(format!(
                    "the policy_arn of {} is unknown until apply: {why}",
                    att.address
                )));
            }
        }
    }
    for e in cx.partners(role, "aws_iam_role_policy", "role").found {
        let p = &cx.stack.resources[e.from];
        match policy_doc::text(cx.stack, p, "policy") {
            Ok(Some(text)) if policy_allows_ssm(&text) => return Ok(true),
            Ok(_) => {}
            Err(why) => unknown = unknown.or(Some(format!("the policy of {} is {why}", p.address))),
        }
    }
    match unknown {
        Some(why) => Err(why),
        None => Ok(false),
    }
}

fn judge(cx: &Cx, r: &Resource, profile_path: &str) -> (Status, String) {
    let chain = follow(
        cx,
        cx.targets(r, profile_path),
        "aws_iam_instance_profile",
        "instance profile",
    )
    .and_then(|p| {
        let profile = &cx.stack.resources[p];
        follow(
            cx,
            cx.targets(profile, "role"),
            "aws_iam_role",
            "role of the instance profile",
        )
    });
    match chain {
        Ok(role) => match role_has_ssm(cx, role) {
            Ok(true) => (Status::Pass, format!("role {} can register with SSM", cx.address(role))),
            Ok(false) => (
                Status::Fail,
                format!("role {} has neither AmazonSSMManagedInstanceCore nor ssm:UpdateInstanceInformation + ssmmessages:*", cx.address(role)),
            ),
            Err(why) => (Status::Unknown, why),
        },
        Err(why) if why.starts_with("no ") => (Status::Fail, format!("{why}, so no SSM access")),
        Err(why) => (Status::Unknown, why),
    }
}

impl Rule for InstanceRoleWithoutSsm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_instance") {
            let (status, msg) = judge(cx, r, "iam_instance_profile");
            cx.report(r, "iam_instance_profile", status, msg);
        }
        for (_, r) in cx.live("aws_launch_template") {
            let by_name = judge(cx, r, "iam_instance_profile.0.name");
            let (status, msg) = if by_name.0 == Status::Pass {
                by_name
            } else {
                let by_arn = judge(cx, r, "iam_instance_profile.0.arn");
                if by_arn.0 == Status::Pass || by_name.1.starts_with("no ") {
                    by_arn
                } else {
                    by_name
                }
            };
            cx.report(r, "iam_instance_profile", status, msg);
        }
    }
}
