use crate::rules::judge::flag_each;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Every `aws_iam_user_login_profile` fails: it gives an IAM user a console password. A plan
    /// without any passes on `(stack)`.
    /// Off by default (medium): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// A console password is a long-lived credential open to phishing and guessing; console
    /// access belongs to federated identities (IAM Identity Center) with the identity
    /// provider's MFA and session limits.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_user_login_profile" "alice" {
    ///   user = aws_iam_user.alice.name
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove the login profile and give people console access through IAM Identity Center.
    pub struct UserConsoleAccess {
        id: "AWS-IAM-020",
        slug: "iam-user-console-access",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "IAM user has console access",
        types: ["aws_iam_user_login_profile"],
        default_enabled: false,
        covers: [Checkov "CKV2_AWS_22", Kics "iam_user_with_access_to_console"],
    }
}

impl Rule for UserConsoleAccess {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        flag_each(
            cx,
            Self::META.types,
            "user",
            "the IAM user gets a console password",
            true,
        );
    }
}
