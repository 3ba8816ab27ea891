use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_msk_cluster` encrypts its storage with a customer managed key:
    /// `encryption_info.encryption_at_rest_kms_key_arn` is a key of the plan, a key ARN or a
    /// customer alias. Unset, MSK uses the AWS managed key `aws/kafka`, which fails, as does an
    /// `alias/aws/...` key. A key that cannot be followed gives Unknown.
    ///
    /// ## Why it matters
    /// MSK always encrypts at rest, but with the AWS managed key anyone allowed to use the
    /// service in the account can read the data; a key of your own adds its key policy, its
    /// audit trail and the ability to revoke access.
    ///
    /// ## Example
    /// A cluster without `encryption_info.encryption_at_rest_kms_key_arn`.
    ///
    /// ## Fix
    /// ```hcl
    /// encryption_info {
    ///   encryption_at_rest_kms_key_arn = aws_kms_key.msk.arn
    /// }
    /// ```
    pub struct AtRestNotCustomerKey {
        id: "AWS-MSK-002",
        slug: "msk-at-rest-not-customer-key",
        service: "msk",
        category: "encryption",
        severity: High,
        title: "MSK storage not encrypted with a customer key",
        types: ["aws_msk_cluster"],
        default_enabled: true,
        covers: [Trivy "AVD-AWS-0179"],
        check: Spec::all(&[attr("encryption_info.0.encryption_at_rest_kms_key_arn", CustomerKey).risk("the data is encrypted with the AWS managed aws/kafka key")]),
    }
}
