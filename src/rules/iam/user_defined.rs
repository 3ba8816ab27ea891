use crate::rules::judge::flag_each;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Every `aws_iam_user` fails: people and workloads should sign in through IAM Identity
    /// Center or another identity provider and use roles, not long-lived IAM users; a plan
    /// without any passes on `(stack)`. Off by
    /// default (medium, and some accounts keep a break-glass or third-party user on purpose):
    /// it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// IAM users carry passwords and access keys that never expire on their own, are managed
    /// per account, and outlive the people they were made for.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_user" "alice" {
    ///   name = "alice"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Grant access with an `aws_ssoadmin_permission_set` and an account assignment, or a role
    /// assumed through federation.
    pub struct UserDefined {
        id: "AWS-IAM-019",
        slug: "iam-user-defined",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "IAM user defined instead of federated access",
        types: ["aws_iam_user"],
        default_enabled: false,
        covers: [Cis "1.21", Checkov "CKV_AWS_273"],
    }
}

impl Rule for UserDefined {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        flag_each(
            cx,
            Self::META.types,
            "name",
            "an IAM user with long-lived credentials; use federation and roles",
            true,
        );
    }
}
