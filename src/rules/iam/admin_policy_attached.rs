use crate::model::{Eff, Mode, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// No attachment grants the AWS managed `AdministratorAccess` or `IAMFullAccess` policy
    /// (`arn:PARTITION:iam::aws:policy/...`, by ARN or through a `data "aws_iam_policy"`
    /// lookup): `policy_arn` of `aws_iam_role_policy_attachment`,
    /// `aws_iam_user_policy_attachment`, `aws_iam_group_policy_attachment` and
    /// `aws_iam_policy_attachment`; `policy_arns` of
    /// `aws_iam_role_policy_attachments_exclusive`; `managed_policy_arns` of `aws_iam_role`
    /// (judged only when set); `managed_policy_arn` of
    /// `aws_ssoadmin_managed_policy_attachment`. A customer policy of the plan passes here
    /// (AWS-IAM-002 judges `"*"` actions in its document). An ARN that cannot be followed
    /// gives Unknown.
    ///
    /// ## Why it matters
    /// `AdministratorAccess` allows every action on every resource; `IAMFullAccess` lets its
    /// holder grant itself exactly that. Either turns one leaked credential into the whole
    /// account.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_role_policy_attachment" "ci_admin" {
    ///   role       = aws_iam_role.ci.name
    ///   policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Attach a policy listing what the role deploys, or a narrower AWS managed policy
    /// (`PowerUserAccess` still excludes IAM; a permissions boundary limits what it can
    /// create).
    pub struct AdminPolicyAttached {
        id: "AWS-IAM-014",
        slug: "admin-managed-policy-attached",
        service: "iam",
        category: "identity",
        severity: High,
        title: "AdministratorAccess or IAMFullAccess attached",
        types: ["aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment", "aws_iam_policy_attachment", "aws_iam_role_policy_attachments_exclusive", "aws_iam_role", "aws_ssoadmin_managed_policy_attachment"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_274", Checkov "CKV2_AWS_56"],
    }
}

const LINKS: &[(&str, &str)] = &[
    ("aws_iam_role_policy_attachment", "policy_arn"),
    ("aws_iam_user_policy_attachment", "policy_arn"),
    ("aws_iam_group_policy_attachment", "policy_arn"),
    ("aws_iam_policy_attachment", "policy_arn"),
    ("aws_iam_role_policy_attachments_exclusive", "policy_arns"),
    ("aws_iam_role", "managed_policy_arns"),
    (
        "aws_ssoadmin_managed_policy_attachment",
        "managed_policy_arn",
    ),
];

/// The name of an AWS managed administrator policy `arn` names, if it does.
pub fn admin_policy(arn: &str) -> Option<&str> {
    let (head, name) = arn.rsplit_once(":policy/")?;
    let aws = head.starts_with("arn:aws") && head.ends_with(":iam::aws");
    let name = name.rsplit('/').next()?;
    (aws && matches!(name, "AdministratorAccess" | "IAMFullAccess")).then_some(name)
}

impl Rule for AdminPolicyAttached {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        for &(t, attr) in LINKS {
            for (_, r) in cx.live(t) {
                let e = stack.eff(r, attr);
                let (status, msg) = match &e {
                    Eff::Known(v) => {
                        let arns = v.strings();
                        if t == "aws_iam_role" && arns.is_empty() {
                            continue;
                        }
                        match arns.iter().find_map(|a| admin_policy(a)) {
                            Some(name) => (
                                Status::Fail,
                                format!("{attr} attaches the AWS managed {name} policy"),
                            ),
                            None => (
                                Status::Pass,
                                format!(
                                    "{attr} attaches neither AdministratorAccess nor IAMFullAccess"
                                ),
                            ),
                        }
                    }
                    Eff::NotSet => continue,
                    Eff::FromResources { ids, reference } => {
                        let looked_up = ids.iter().find_map(|&i| {
                            let p = &stack.resources[i];
                            (p.mode == Mode::Data && p.rtype == "aws_iam_policy")
                                .then(|| p.values.get("arn").and_then(Val::as_str))
                                .flatten()
                                .and_then(admin_policy)
                        });
                        match looked_up {
                            Some(name) => (
                                Status::Fail,
                                format!("{attr} attaches the AWS managed {name} policy (from {reference})"),
                            ),
                            None if ids.iter().any(|&i| {
                                let p = &stack.resources[i];
                                p.mode == Mode::Managed && p.rtype == "aws_iam_policy"
                            }) =>
                            {
                                (
                                    Status::Pass,
                                    format!("{attr} is a customer policy of the plan ({reference})"),
                                )
                            }
                            None => (
                                Status::Unknown,
                                format!("{attr} is known only at apply: it comes from {reference}, not from a policy of the plan"),
                            ),
                        }
                    }
                    Eff::Unresolved(_) => {
                        (Status::Unknown, format!("{attr} is {}", unknown_reason(&e)))
                    }
                };
                cx.report(r, attr, status, msg);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::admin_policy;

    #[test]
    fn managed_admin_arns() {
        assert_eq!(
            admin_policy("arn:aws:iam::aws:policy/AdministratorAccess"),
            Some("AdministratorAccess")
        );
        assert_eq!(
            admin_policy("arn:aws-us-gov:iam::aws:policy/IAMFullAccess"),
            Some("IAMFullAccess")
        );
        assert_eq!(
            admin_policy("arn:aws:iam::111122223333:policy/AdministratorAccess"),
            None
        );
        assert_eq!(admin_policy("arn:aws:iam::aws:policy/ReadOnlyAccess"), None);
    }
}
