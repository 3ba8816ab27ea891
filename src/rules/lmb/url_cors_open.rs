use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_lambda_function_url`'s CORS configuration does not allow every origin:
    /// `cors.allow_origins` does not include `"*"`. Without a `cors` block, browsers get no
    /// CORS headers (AWS default), which passes. A value known only at apply gives Unknown.
    /// Off by default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// `"*"` lets scripts on any web site call the function from a visitor's browser and read
    /// the responses.
    ///
    /// ## Example
    /// ```hcl
    /// cors {
    ///   allow_origins = ["*"]
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// cors {
    ///   allow_origins = ["https://app.example.com"]
    /// }
    /// ```
    pub struct UrlCorsOpen {
        id: "AWS-LMB-014",
        slug: "lambda-url-cors-open",
        service: "lambda",
        category: "access-control",
        severity: Medium,
        title: "Lambda function URL CORS allows any origin",
        types: ["aws_lambda_function_url"],
        default_enabled: false,
        covers: [Checkov "CKV2_AWS_75"],
        check: Spec::all(&[attr("cors.0.allow_origins", Excludes(&["*"])).risk("any web site can call the function from a visitor's browser")]),
    }
}
