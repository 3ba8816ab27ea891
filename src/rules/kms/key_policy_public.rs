use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// The key policy of an `aws_kms_key` (`policy`) or an `aws_kms_key_policy` opens nothing
    /// to any principal: no Allow statement names `"*"`, `{"AWS": "*"}`, any account's root or
    /// uses `NotPrincipal`, unless a condition limits it to an account, organisation, source or
    /// network (`kms:CallerAccount`, `aws:PrincipalOrgID`, `aws:SourceVpce`, ...). A key without
    /// `policy` gets AWS's default key policy (the key's own account only): it passes. The policy
    /// may be JSON text or an `aws_iam_policy_document`; one known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// A key policy is the key's only gate: open to everyone, any AWS account can decrypt with
    /// the key (and, with `kms:*`, change its policy or schedule its deletion).
    ///
    /// ## Example
    /// ```hcl
    /// statement {
    ///   actions   = ["kms:*"]
    ///   resources = ["*"]
    ///   principals {
    ///     type        = "AWS"
    ///     identifiers = ["*"]
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Name the account (`arn:aws:iam::111122223333:root`) or the roles that use the key, or
    /// add a condition on `kms:CallerAccount` / `aws:PrincipalOrgID`.
    pub struct KeyPolicyPublic {
        id: "AWS-KMS-005",
        slug: "kms-key-policy-public",
        service: "kms",
        category: "encryption",
        severity: Critical,
        title: "Key policy open to any principal",
        types: ["aws_kms_key", "aws_kms_key_policy"],
        default_enabled: true,
        covers: [Fsbp "KMS.5", Checkov "CKV_AWS_33", Kics "kms_key_with_full_permissions"],
        check: Spec::all(&[attr("policy", NotPublic).risk("any AWS account can use the key")]),
    }
}
