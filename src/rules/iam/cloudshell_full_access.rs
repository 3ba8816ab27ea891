use crate::model::{Eff, Mode, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// No `aws_iam_role_policy_attachment`, `aws_iam_user_policy_attachment`,
    /// `aws_iam_group_policy_attachment` or `aws_iam_policy_attachment` attaches the AWS managed
    /// policy `AWSCloudShellFullAccess` (in any partition), and no `aws_iam_role` lists it in
    /// `managed_policy_arns` (CIS 1.22). An ARN taken from an `aws_iam_policy` of the plan is a customer policy and
    /// passes; one from an `aws_iam_policy` data source is judged on its ARN; any other ARN
    /// known only at apply gives Unknown. Off by
    /// default (medium): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// CloudShell full access lets the principal upload and download files to a shell inside
    /// the AWS console and reach the internet from it: an easy exfiltration path that bypasses
    /// network controls.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_role_policy_attachment" "shell" {
    ///   role       = aws_iam_role.dev.name
    ///   policy_arn = "arn:aws:iam::aws:policy/AWSCloudShellFullAccess"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove the attachment; if CloudShell is needed, write a policy that denies
    /// `cloudshell:GetFileUploadUrls` and `cloudshell:GetFileDownloadUrls`.
    pub struct CloudshellFullAccess {
        id: "AWS-IAM-018",
        slug: "cloudshell-full-access-attached",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "AWSCloudShellFullAccess attached",
        types: ["aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment", "aws_iam_policy_attachment", "aws_iam_role"],
        default_enabled: false,
        covers: [Cis "1.22"],
    }
}

/// `AWSCloudShellFullAccess` in the partitions that have CloudShell.
const CLOUDSHELL: &[&str] = &[
    "arn:aws:iam::aws:policy/AWSCloudShellFullAccess",
    "arn:aws-us-gov:iam::aws:policy/AWSCloudShellFullAccess",
    "arn:aws-cn:iam::aws:policy/AWSCloudShellFullAccess",
];

const LINKS: &[(&str, &str)] = &[
    ("aws_iam_role_policy_attachment", "policy_arn"),
    ("aws_iam_user_policy_attachment", "policy_arn"),
    ("aws_iam_group_policy_attachment", "policy_arn"),
    ("aws_iam_policy_attachment", "policy_arn"),
    ("aws_iam_role", "managed_policy_arns"),
];

fn is_cloudshell(arn: &str) -> bool {
    CLOUDSHELL.contains(&arn)
}

impl Rule for CloudshellFullAccess {
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
                        match arns.iter().any(|a| is_cloudshell(a)) {
                            true => (Status::Fail, format!("{attr} attaches AWSCloudShellFullAccess: the principal can move files in and out through CloudShell")),
                            false => (Status::Pass, format!("{attr} does not attach AWSCloudShellFullAccess")),
                        }
                    }
                    Eff::NotSet => continue,
                    Eff::FromResources { ids, reference } => {
                        let policies: Vec<&crate::model::Resource> = ids
                            .iter()
                            .map(|&i| &stack.resources[i])
                            .filter(|p| p.rtype == "aws_iam_policy")
                            .collect();
                        let looked_up = policies.iter().any(|p| {
                            p.mode == Mode::Data
                                && p.values
                                    .get("arn")
                                    .and_then(Val::as_str)
                                    .is_some_and(is_cloudshell)
                        });
                        let all_known = !policies.is_empty()
                            && policies.len() == ids.len()
                            && policies.iter().all(|p| {
                                p.mode == Mode::Managed
                                    || p.values.get("arn").and_then(Val::as_str).is_some()
                            });
                        match (looked_up, all_known) {
                            (true, _) => (Status::Fail, format!("{attr} attaches AWSCloudShellFullAccess (from {reference})")),
                            (false, true) => (Status::Pass, format!("{attr} is a policy of the plan ({reference}), not AWSCloudShellFullAccess")),
                            (false, false) => (Status::Unknown, format!("{attr} is known only at apply: it comes from {reference}")),
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
