use crate::rules::judge::policy_all_actions_public;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// An `aws_ses_identity_policy` does not allow every action (`"*"` or `"ses:*"`) to any
    /// principal (`"*"`, `{"AWS": "*"}`, any account's root, or a `NotPrincipal`) without a
    /// condition restricting the account, organisation, source or network. The policy is
    /// read from JSON text or an `aws_iam_policy_document` of the plan; one whose statements
    /// (actions, principals, conditions) are known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// Anyone could then send email as your verified domain or address (phishing under your
    /// name, at your cost and reputation) and change the identity's settings.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ses_identity_policy" "mail" {
    ///   identity = aws_ses_domain_identity.mail.arn
    ///   name     = "open"
    ///   policy   = jsonencode({
    ///     Version   = "2012-10-17"
    ///     Statement = [{ Effect = "Allow", Principal = "*", Action = "ses:*", Resource = "*" }]
    ///   })
    /// }
    /// ```
    ///
    /// ## Fix
    /// Name the accounts or roles allowed to send, and only the actions they need:
    /// ```hcl
    /// Principal = { AWS = "arn:aws:iam::111122223333:role/mailer" }
    /// Action    = ["ses:SendEmail", "ses:SendRawEmail"]
    /// ```
    pub struct IdentityPolicyAllActions {
        id: "AWS-SES-001",
        slug: "ses-identity-policy-all-actions",
        service: "ses",
        category: "access-control",
        severity: High,
        title: "SES identity policy allows all actions to any principal",
        types: ["aws_ses_identity_policy"],
        default_enabled: true,
        covers: [Kics "ses_policy_with_allowed_iam_actions"],
    }
}

impl Rule for IdentityPolicyAllActions {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_ses_identity_policy") {
            let (status, msg) = policy_all_actions_public(cx, r, "policy", "ses");
            cx.report(r, "policy", status, msg);
        }
    }
}
