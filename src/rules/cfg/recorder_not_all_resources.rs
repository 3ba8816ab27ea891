use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_config_configuration_recorder` records every supported resource type
    /// (`recording_group.all_supported`, unset: `true`) including the global IAM types
    /// (`recording_group.include_global_resource_types`, unset: `false`, AWS's default, which
    /// fails). A value known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// Resource types left out of the recorder have no configuration history and no Config
    /// rule evaluations; without global types, changes to IAM users, roles and policies go
    /// unrecorded.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_config_configuration_recorder" "main" {
    ///   role_arn = aws_iam_role.config.arn
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_config_configuration_recorder" "main" {
    ///   role_arn = aws_iam_role.config.arn
    ///   recording_group {
    ///     all_supported                 = true
    ///     include_global_resource_types = true
    ///   }
    /// }
    /// ```
    /// (In a multi-region setup, record global types in one region only.)
    pub struct RecorderNotAllResources {
        id: "AWS-CFG-002",
        slug: "config-recorder-not-all-resources",
        service: "config",
        category: "logging",
        severity: Medium,
        title: "Config recorder does not record all resource types",
        types: ["aws_config_configuration_recorder"],
        default_enabled: true,
        covers: [Checkov "CKV2_AWS_48", Checkov "CKV2_AWS_45"],
        check: Spec::all(&[
            attr("recording_group.0.all_supported", Is(Bool(true))).default(Bool(true)).risk("resource types left out have no configuration history"),
            attr("recording_group.0.include_global_resource_types", Is(Bool(true))).default(Bool(false)).risk("changes to IAM users, roles and policies are not recorded"),
        ]),
    }
}
