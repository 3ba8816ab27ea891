use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_athena_workgroup.configuration[0].enforce_workgroup_configuration` is `true`.
    /// Unset, AWS's default is `true`: it passes. A value known only at apply is Unknown.
    ///
    /// ## Why it matters
    /// Without enforcement, each client's own settings override the workgroup's: queries can
    /// write their results unencrypted, or to another bucket, whatever the workgroup says.
    ///
    /// ## Example
    /// ```hcl
    /// configuration {
    ///   enforce_workgroup_configuration = false
    ///   result_configuration {
    ///     encryption_configuration {
    ///       encryption_option = "SSE_KMS"
    ///       kms_key_arn       = aws_kms_key.athena.arn
    ///     }
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `enforce_workgroup_configuration` (or set it to `true`).
    pub struct WorkgroupConfigNotEnforced {
        id: "AWS-ATH-003",
        slug: "athena-workgroup-config-not-enforced",
        service: "athena",
        category: "encryption",
        severity: High,
        title: "Athena workgroup does not enforce its configuration",
        types: ["aws_athena_workgroup"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_82", Trivy "AVD-AWS-0007"],
        check: Spec::all(&[attr("configuration.0.enforce_workgroup_configuration", Is(Bool(true)))
            .default(Bool(true))
            .risk("clients can override the workgroup's result location and encryption")]),
    }
}
