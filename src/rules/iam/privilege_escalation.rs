use crate::rules::iam::{identity_documents, judge_documents, verdict};
use crate::rules::iam_actions;
use crate::rules::policy_doc::{action_matches, Statement};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Identity policies (the documents of AWS-IAM-001: `aws_iam_policy`, inline role, user and
    /// group policies, role `inline_policy` blocks, and policy documents no resource policy
    /// uses) do not allow, on every resource, a known privilege-escalation path (Rhino
    /// Security Labs' list, as KICS and Checkov use it):
    /// one of `iam:CreatePolicyVersion`, `iam:SetDefaultPolicyVersion`, `iam:CreateAccessKey`,
    /// `iam:CreateLoginProfile`, `iam:UpdateLoginProfile`, `iam:AttachUserPolicy`,
    /// `iam:AttachGroupPolicy`, `iam:AttachRolePolicy`, `iam:PutUserPolicy`,
    /// `iam:PutGroupPolicy`, `iam:PutRolePolicy`, `iam:AddUserToGroup`,
    /// `glue:UpdateDevEndpoint`, `lambda:UpdateFunctionCode`; or all the actions of a
    /// combination: `iam:PassRole` with `ec2:RunInstances`, with `lambda:CreateFunction` and
    /// `lambda:InvokeFunction`, with `glue:CreateDevEndpoint`, or with
    /// `cloudformation:CreateStack`; `iam:UpdateAssumeRolePolicy` with `sts:AssumeRole`.
    /// Wildcards (`iam:Put*`, `iam:*`, `*`) and `NotAction` are expanded; the actions of a
    /// combination may come from different statements of the document. An action counts when
    /// an Allow grants it on every resource: `Resource` `"*"`, a whole resource type
    /// (`arn:aws:iam::111122223333:role/*`, `...:*`) or `NotResource`; named resources and name
    /// prefixes (`role/app-*`) are scoped and do not count. Deny statements are not weighed.
    /// Statements whose effect, actions or resources are known only at apply give Unknown.
    /// These are the paths of KICS's `{group,role,user}_with_privilege_escalation_by_actions_*`
    /// queries (their mixed-case IDs are not listed as covered).
    ///
    /// ## Why it matters
    /// Each path turns limited access into administrator access: attach `AdministratorAccess`
    /// to oneself, write a new default policy version, create keys or a console password for
    /// an administrator, or pass an administrator role to an instance or function one
    /// controls.
    ///
    /// ## Example
    /// ```hcl
    /// statement {
    ///   actions   = ["iam:PassRole", "ec2:RunInstances"]
    ///   resources = ["*"]
    /// }
    /// ```
    ///
    /// ## Fix
    /// Scope `iam:PassRole` to the roles the workload launches with
    /// (`arn:aws:iam::111122223333:role/app-instance`), and IAM write actions to named
    /// principals; keep permission management with administrators.
    pub struct PrivilegeEscalation {
        id: "AWS-IAM-012",
        slug: "policy-allows-privilege-escalation",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "Policy allows a privilege-escalation path",
        types: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role", "data.aws_iam_policy_document"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_286", Checkov "CKV_AWS_110"],
    }
}

/// The escalation paths: every action of a path must be allowed on every resource.
pub const PATHS: &[&[&str]] = &[
    &["iam:CreatePolicyVersion"],
    &["iam:SetDefaultPolicyVersion"],
    &["iam:CreateAccessKey"],
    &["iam:CreateLoginProfile"],
    &["iam:UpdateLoginProfile"],
    &["iam:AttachUserPolicy"],
    &["iam:AttachGroupPolicy"],
    &["iam:AttachRolePolicy"],
    &["iam:PutUserPolicy"],
    &["iam:PutGroupPolicy"],
    &["iam:PutRolePolicy"],
    &["iam:AddUserToGroup"],
    &["glue:UpdateDevEndpoint"],
    &["lambda:UpdateFunctionCode"],
    &["iam:PassRole", "ec2:RunInstances"],
    &[
        "iam:PassRole",
        "lambda:CreateFunction",
        "lambda:InvokeFunction",
    ],
    &["iam:PassRole", "glue:CreateDevEndpoint"],
    &["iam:PassRole", "cloudformation:CreateStack"],
    &["iam:UpdateAssumeRolePolicy", "sts:AssumeRole"],
];

/// A resource pattern that covers every resource of a type: `*`, or an ARN whose resource
/// part is wildcards after at most a type and its separator, or a prefix of a type's name
/// (`*`, `role/*`, `user/?*`, `user/**`, `function:*`, `role*`, `u*`: `*` matches `/` too);
/// not a path or name prefix (`role/app-*`, `role/aws-service-role/fsx.amazonaws.com/*`).
fn every_resource(resource: &str) -> bool {
    let wildcards = crate::rules::policy_doc::matches_any;
    if wildcards(resource) {
        return true;
    }
    let Some(part) = resource.splitn(6, ':').nth(5) else {
        return false;
    };
    let Some(at) = part.find(['*', '?']) else {
        return false;
    };
    let (written, rest) = part.split_at(at);
    let kind = written
        .strip_suffix('/')
        .or_else(|| written.strip_suffix(':'))
        .unwrap_or(written);
    wildcards(rest) && !kind.contains(['/', ':'])
}

/// Whether the statement grants `action` on every resource (Some), or cannot be told (None).
fn grants_everywhere(s: &Statement, action: &str) -> Option<bool> {
    let by_action = s.actions.iter().any(|p| action_matches(p, action))
        || (!s.not_actions.is_empty() && !s.not_actions.iter().any(|p| action_matches(p, action)));
    // An ARN of another service is none of the action's resources (`iam:*` on an S3 path).
    let service = action.split(':').next().unwrap_or(action);
    let of_service = |r: &str| match r.split(':').nth(2) {
        Some(svc) if r.starts_with("arn:") => action_matches(svc, service),
        _ => true,
    };
    let everywhere = !s.not_resources.is_empty()
        || s.resources
            .iter()
            .any(|r| every_resource(r) && of_service(r));
    if by_action && everywhere {
        return Some(true);
    }
    let maybe_action = by_action || s.is_open("actions");
    let maybe_everywhere = everywhere || s.is_open("resources");
    if maybe_action && maybe_everywhere {
        None
    } else {
        Some(false)
    }
}

fn judge(statements: &[Statement]) -> (Status, String) {
    // Per action: granted everywhere (true), unknown (None), or not.
    let state = |action: &str| -> (bool, Option<usize>) {
        let mut open = None;
        for (i, s) in statements.iter().enumerate() {
            if !(s.allow || s.is_open("effect")) {
                continue;
            }
            match grants_everywhere(s, action) {
                Some(true) if !s.is_open("effect") => return (true, None),
                Some(true) | None => {
                    open.get_or_insert(i);
                }
                Some(false) => {}
            }
        }
        (false, open)
    };
    let mut bad = Vec::new();
    let mut open = None;
    for path in PATHS {
        let states: Vec<_> = path.iter().map(|a| state(a)).collect();
        if states.iter().all(|(yes, _)| *yes) {
            let shown: Vec<String> = path
                .iter()
                .map(|a| match iam_actions::lookup(a) {
                    Some(x) => format!("{a} ({})", x.access.as_str()),
                    None => a.to_string(),
                })
                .collect();
            bad.push(shown.join(" + "));
        } else if states.iter().all(|(yes, o)| *yes || o.is_some()) {
            if let Some(i) = states.iter().find_map(|(_, o)| *o) {
                open.get_or_insert((i, "actions, resources or effect"));
            }
        }
    }
    verdict(
        bad,
        open,
        "allows privilege escalation on every resource: ",
        "no privilege-escalation path is allowed on every resource",
    )
}

impl Rule for PrivilegeEscalation {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let docs = identity_documents(cx);
        judge_documents(cx, docs, judge);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::policy_doc::parse;

    fn status(policy: &str) -> Status {
        judge(&parse(policy).unwrap()).0
    }

    #[test]
    fn paths_on_every_resource() {
        let pass_ec2 = r#"{"Statement":[{"Effect":"Allow","Action":["iam:PassRole","ec2:RunInstances"],"Resource":"*"}]}"#;
        assert_eq!(status(pass_ec2), Status::Fail);
        let split = r#"{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::111122223333:role/*"},{"Effect":"Allow","Action":"ec2:Run*","Resource":"*"}]}"#;
        assert_eq!(status(split), Status::Fail);
        let scoped = r#"{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::111122223333:role/app-instance"},{"Effect":"Allow","Action":"ec2:RunInstances","Resource":"*"}]}"#;
        assert_eq!(status(scoped), Status::Pass);
        let prefix = r#"{"Statement":{"Effect":"Allow","Action":"iam:Put*","Resource":"arn:aws:iam::111122223333:role/app-*"}}"#;
        assert_eq!(status(prefix), Status::Pass);
        let put = r#"{"Statement":{"Effect":"Allow","Action":"iam:Put*","Resource":"*"}}"#;
        assert_eq!(status(put), Status::Fail);
        let not_action = r#"{"Statement":{"Effect":"Allow","NotAction":"s3:*","Resource":"*"}}"#;
        assert_eq!(status(not_action), Status::Fail);
        let read =
            r#"{"Statement":{"Effect":"Allow","Action":["iam:Get*","iam:List*"],"Resource":"*"}}"#;
        assert_eq!(status(read), Status::Pass);
        let deny = r#"{"Statement":{"Effect":"Deny","Action":"iam:*","Resource":"*"}}"#;
        assert_eq!(status(deny), Status::Pass);
    }

    #[test]
    fn whole_types() {
        assert!(every_resource("*"));
        assert!(every_resource("arn:aws:iam::111122223333:role/*"));
        assert!(every_resource(
            "arn:aws:lambda:us-east-1:111122223333:function:*"
        ));
        assert!(!every_resource("arn:aws:iam::111122223333:role/app-*"));
        assert!(!every_resource("arn:aws:iam::111122223333:role/app"));
        assert!(!every_resource(
            "arn:aws:iam::*:role/aws-service-role/s3.data-source.lustre.fsx.amazonaws.com/*"
        ));
        assert!(every_resource("arn:aws:iam::*:*"));
        // `*` matches `/` too: a type's name prefix, or wildcards after it, is every one.
        for whole in ["user/?*", "user/**", "user*", "u*", "role*", "function:?*"] {
            assert!(
                every_resource(&format!("arn:aws:iam::111122223333:{whole}")),
                "{whole}"
            );
        }
        assert!(!every_resource("arn:aws:iam::111122223333:user/app?*"));
    }

    #[test]
    fn resources_of_another_service_are_none_of_the_actions() {
        let s3_path =
            r#"{"Statement":{"Effect":"Allow","Action":"*","Resource":"arn:aws:s3:::bucket/*"}}"#;
        assert_eq!(status(s3_path), Status::Pass);
        let any_service = r#"{"Statement":{"Effect":"Allow","Action":"iam:CreateAccessKey","Resource":"arn:aws:*:*:111122223333:user/*"}}"#;
        assert_eq!(status(any_service), Status::Fail);
    }
}
