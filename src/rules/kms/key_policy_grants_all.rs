use crate::rules::{declare_rule, policy_doc, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// For a strict profile: no statement of an `aws_kms_key` policy allows `kms:*` (to the
    /// account root or anyone). A key without `policy` gets AWS's default key policy, which
    /// does exactly that. The seed's claim that this is a defect holds only where separate
    /// administrator and user statements are required, so the rule is off by default; enable
    /// it in tfaudit.toml. A policy unknown at plan time gives Unknown.
    ///
    /// ## Why it matters
    /// `kms:*` to the root delegates all key use and administration to IAM: any principal with
    /// a broad IAM policy can decrypt, and key administrators can also use the key.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_kms_key" "data" {
    ///   description = "data"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Write a key policy with separate statements for administrators (`kms:Create*`,
    /// `kms:Put*`, …) and users (`kms:Encrypt`, `kms:Decrypt`, …).
    pub struct KeyPolicyGrantsAll {
        id: "AWS-KMS-001",
        slug: "kms-key-policy-grants-all",
        service: "kms",
        category: "access-control",
        severity: Low,
        title: "Key policy grants kms:*",
        types: ["aws_kms_key"],
        default_enabled: false,
    }
}

impl Rule for KeyPolicyGrantsAll {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_kms_key") {
            let (status, msg) = match policy_doc::text(cx.stack, r, "policy") {
                Ok(None) => (
                    Status::Fail,
                    "no policy: AWS's default key policy grants kms:* to the account root"
                        .to_string(),
                ),
                Ok(Some(text)) => match policy_doc::parse(&text) {
                    Some(st)
                        if st.iter().any(|s| {
                            s.allow && s.actions.iter().any(|a| a == "kms:*" || a == "*")
                        }) =>
                    {
                        (
                            Status::Fail,
                            "a key policy statement allows kms:*".to_string(),
                        )
                    }
                    Some(_) => (Status::Pass, "no statement allows kms:*".to_string()),
                    None => (
                        Status::Unknown,
                        "the key policy is not a JSON policy".to_string(),
                    ),
                },
                Err(why) => (Status::Unknown, format!("the key policy is {why}")),
            };
            cx.report(r, "policy", status, msg);
        }
    }
}
