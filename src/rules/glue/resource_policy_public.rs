use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_glue_resource_policy.policy` (JSON text or an `aws_iam_policy_document` of the
    /// plan) allows nothing to any principal (`*`, `{"AWS": "*"}`) without a condition that
    /// restricts it to known accounts, organisations or networks. A policy known only at
    /// apply is Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// The Data Catalog's resource policy decides who outside the account can read or change
    /// databases and tables: open to any principal, any AWS account can.
    ///
    /// ## Example
    /// ```hcl
    /// policy = jsonencode({
    ///   Version   = "2012-10-17"
    ///   Statement = [{ Effect = "Allow", Principal = "*", Action = "glue:*", Resource = "*" }]
    /// })
    /// ```
    ///
    /// ## Fix
    /// Name the accounts in `Principal`, or add an `aws:PrincipalOrgID` condition.
    pub struct ResourcePolicyPublic {
        id: "AWS-GLUE-003",
        slug: "glue-resource-policy-public",
        service: "glue",
        category: "access-control",
        severity: Medium,
        title: "Glue resource policy open to any principal",
        types: ["aws_glue_resource_policy"],
        default_enabled: false,
        covers: [Kics "glue_with_vulnerable_policy"],
        check: Spec::all(&[attr("policy", NotPublic)
            .risk("any AWS account can use the Data Catalog")]),
    }
}
