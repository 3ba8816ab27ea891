use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// The policy of an SNS topic — `aws_sns_topic_policy.policy` or the `policy` of
    /// `aws_sns_topic` — opens nothing to any principal: no Allow statement (with `Action` or
    /// `NotAction`) to `"*"`, `{"AWS": "*"}`, any account's root or a `NotPrincipal`, unless a
    /// condition limits it to an account, organisation, source or network
    /// (`aws:SourceAccount`, `aws:SourceArn`, `aws:PrincipalOrgID`, `aws:SourceVpce`…). JSON
    /// text and `aws_iam_policy_document` data sources are read; no policy passes. A policy
    /// or statement known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// Anyone with an AWS account can then publish to the topic (spam, forged events reaching
    /// every subscriber) or subscribe to it and receive every message.
    ///
    /// ## Example
    /// ```hcl
    /// policy = jsonencode({
    ///   Version   = "2012-10-17"
    ///   Statement = [{ Effect = "Allow", Principal = "*", Action = "sns:Publish", Resource = "*" }]
    /// })
    /// ```
    ///
    /// ## Fix
    /// Name the principals, or add a condition such as
    /// `{ StringEquals = { "aws:SourceAccount" = "123456789012" } }`.
    pub struct TopicPolicyPublic {
        id: "AWS-SNS-003",
        slug: "sns-topic-policy-public",
        service: "sns",
        category: "access-control",
        severity: Critical,
        title: "SNS topic policy open to any principal",
        types: ["aws_sns_topic_policy", "aws_sns_topic"],
        default_enabled: true,
        covers: [Fsbp "SNS.4", Checkov "CKV_AWS_169", Kics "sns_topic_is_publicly_accessible"],
        check: Spec::all(&[attr("policy", NotPublic).risk("any AWS account can use the topic")]),
    }
}
