use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_lambda_permission` granted to an AWS service principal (a `principal` ending in
    /// `.amazonaws.com`: `s3.amazonaws.com`, `sns.amazonaws.com`, `events.amazonaws.com`…) is
    /// limited to one source: `source_account` is set, or `source_arn` names one resource or
    /// account. Permissions to accounts or roles are not judged. A wildcard inside a
    /// `source_arn` whose account is written (`…:123456789012:abc123/*/*` of an API) is
    /// accepted: it still names that account's API; one without an account
    /// (`arn:aws:s3:::*`, any bucket of any account) is not. Values known only at apply give
    /// Unknown; a source set from a resource of the plan counts as set.
    ///
    /// ## Why it matters
    /// Without a source, any resource of that service in any account — someone else's bucket,
    /// topic or rule — can invoke the function (the confused deputy problem).
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lambda_permission" "s3" {
    ///   action        = "lambda:InvokeFunction"
    ///   function_name = aws_lambda_function.ingest.function_name
    ///   principal     = "s3.amazonaws.com"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// source_arn     = aws_s3_bucket.uploads.arn
    /// source_account = "123456789012"
    /// ```
    pub struct PermissionUnscoped {
        id: "AWS-LMB-009",
        slug: "lambda-service-permission-without-source",
        service: "lambda",
        category: "access-control",
        severity: Critical,
        title: "Lambda service permission without a source",
        types: ["aws_lambda_permission"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_364"],
        check: Spec::any(&[
            attr("source_arn", NamesOneSource).risk("any resource of the service, in any account, can invoke the function"),
            attr("source_account", Set),
        ])
        .when(&[attr("principal", EndsWith(".amazonaws.com"))]),
    }
}
