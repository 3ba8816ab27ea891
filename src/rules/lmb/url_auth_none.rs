use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_lambda_function_url` authenticates callers: `authorization_type` is `AWS_IAM`.
    /// `NONE` fails. The argument is required; a value known only at apply gives Unknown. Off
    /// by default (medium; public function URLs are sometimes intended): run it with
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// With `NONE`, anyone on the internet who learns the URL invokes the function, at your
    /// cost and with its permissions.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lambda_function_url" "api" {
    ///   function_name      = aws_lambda_function.api.function_name
    ///   authorization_type = "NONE"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// authorization_type = "AWS_IAM"
    /// ```
    pub struct UrlAuthNone {
        id: "AWS-LMB-013",
        slug: "lambda-url-auth-none",
        service: "lambda",
        category: "access-control",
        severity: Medium,
        title: "Lambda function URL without authentication",
        types: ["aws_lambda_function_url"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_258"],
        check: Spec::all(&[attr("authorization_type", Is(Str("AWS_IAM"))).risk("anyone with the URL can invoke the function")]),
    }
}
