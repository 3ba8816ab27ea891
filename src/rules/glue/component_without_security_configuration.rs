use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_glue_crawler`, `aws_glue_job` or `aws_glue_dev_endpoint` has
    /// `security_configuration` set (a configuration of the plan counts). Unset, the component
    /// writes its logs, bookmarks and S3 output without Glue's encryption: it fails. A value
    /// known only at apply is Unknown. Off by default (medium severity): it runs under
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// The security configuration is how a Glue component encrypts what it writes; without
    /// one, the data is left to the buckets' and log groups' own defaults.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_glue_job" "etl" {
    ///   name     = "etl"
    ///   role_arn = aws_iam_role.glue.arn
    ///   command {
    ///     script_location = "s3://scripts/etl.py"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add `security_configuration = aws_glue_security_configuration.main.name`.
    pub struct ComponentWithoutSecurityConfiguration {
        id: "AWS-GLUE-004",
        slug: "glue-component-without-security-configuration",
        service: "glue",
        category: "encryption",
        severity: Medium,
        title: "Glue crawler, job or endpoint without security configuration",
        types: ["aws_glue_crawler", "aws_glue_job", "aws_glue_dev_endpoint"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_195"],
        check: Spec::all(&[attr("security_configuration", Set)
            .risk("what the component writes is not encrypted by Glue")]),
    }
}
