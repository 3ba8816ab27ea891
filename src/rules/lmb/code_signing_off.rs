use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// A `.zip` `aws_lambda_function` has a code signing configuration:
    /// `code_signing_config_arn` is set (a configuration of the plan counts). Unset, Lambda
    /// accepts any code package (AWS default), which fails. Container image functions
    /// (`package_type = "Image"`) are not judged: code signing applies to `.zip` packages
    /// only. A value known only at apply gives Unknown. Off by default (medium): run it with
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// Code signing makes Lambda refuse packages not signed by your trusted signing profiles:
    /// someone able to update the function cannot slip in their own code.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lambda_function" "worker" {
    ///   function_name = "worker"
    ///   # no code_signing_config_arn
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// code_signing_config_arn = aws_lambda_code_signing_config.trusted.arn
    /// ```
    pub struct CodeSigningOff {
        id: "AWS-LMB-011",
        slug: "lambda-code-signing-off",
        service: "lambda",
        category: "supply-chain",
        severity: Medium,
        title: "Lambda function without code signing",
        types: ["aws_lambda_function"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_272"],
        check: Spec::all(&[attr("code_signing_config_arn", Set).risk("unsigned code can be deployed to the function")])
            .when(&[attr("package_type", Is(Str("Zip"))).default(Str("Zip"))]),
    }
}
