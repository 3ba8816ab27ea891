use crate::rules::iam::documents;
use crate::rules::{declare_rule, policy_doc, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// When MFA enforcement is required: some `aws_iam_policy` or `aws_iam_group_policy` (or
    /// the `aws_iam_policy_document` it uses) has a `Deny` statement conditioned on
    /// `aws:MultiFactorAuthPresent` being false (`Bool` or `BoolIfExists`). A stack-level
    /// result on `(stack)`; Unknown when none is found and some policy is unknown at plan time.
    /// Off by default; enable it in tfaudit.toml.
    ///
    /// ## Why it matters
    /// Without such a policy, a leaked console password or access key is enough: MFA devices
    /// may be registered but nothing requires them.
    ///
    /// ## Example
    /// A stack that creates IAM users and groups and no policy mentioning MFA.
    ///
    /// ## Fix
    /// Attach to every human group a policy with
    /// `Effect = "Deny"`, `NotAction = ["iam:*MFA*", "sts:GetSessionToken"]` and
    /// `Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }`.
    pub struct NoMfaPolicy {
        id: "AWS-IAM-005",
        slug: "no-mfa-enforcement-policy",
        service: "iam",
        category: "identity",
        severity: Low,
        title: "No MFA-enforcement policy",
        types: ["aws_iam_policy", "aws_iam_group_policy", "data.aws_iam_policy_document"],
        default_enabled: false,
        presence: true,
    }
}

fn enforces_mfa(statements: &[policy_doc::Statement]) -> bool {
    statements.iter().any(|s| {
        !s.allow
            && !s.is_open("effect")
            && ["Bool", "BoolIfExists"]
                .iter()
                .any(|op| s.has_condition(op, "aws:MultiFactorAuthPresent", Some("false")))
    })
}

impl Rule for NoMfaPolicy {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let consumers = [
            ("aws_iam_policy", "policy"),
            ("aws_iam_group_policy", "policy"),
        ];
        let mut unknown = None;
        for doc in documents(cx, &consumers) {
            match &*doc.statements {
                Ok(Some(st)) if enforces_mfa(st) => {
                    let msg = format!("{} denies access without MFA", doc.res.address);
                    cx.push_stack("", Status::Pass, msg);
                    return;
                }
                Ok(Some(st)) => {
                    if st
                        .iter()
                        .any(|s| s.is_open("effect") || s.is_open("conditions"))
                    {
                        unknown.get_or_insert(format!(
                            "a statement of {} is unknown until apply",
                            doc.res.address
                        ));
                    }
                }
                Err(why) => {
                    unknown.get_or_insert(format!("the policy of {} is {why}", doc.res.address));
                }
                Ok(None) => {}
            }
        }
        match unknown {
            Some(why) => cx.push_stack(
                "",
                Status::Unknown,
                format!("no MFA-enforcing policy found, but {why}"),
            ),
            None => cx.push_stack(
                "",
                Status::Fail,
                "no policy denies access when aws:MultiFactorAuthPresent is false".into(),
            ),
        }
    }
}
