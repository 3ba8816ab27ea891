use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_lambda_function` with environment variables encrypts them with a customer
    /// managed KMS key: `kms_key_arn` is a key of the plan, a key ID or ARN, or a customer
    /// alias. Unset, Lambda uses the AWS managed key `aws/lambda`, which fails, as does an
    /// `alias/aws/...` key. Functions without `environment.variables` are not judged. A key
    /// that cannot be followed gives Unknown. Off by default (medium): run it with
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// With the AWS managed key, anyone allowed to read the function's configuration reads
    /// its variables in clear; a key of your own restricts who can decrypt them and logs it.
    ///
    /// ## Example
    /// ```hcl
    /// environment {
    ///   variables = { DB_HOST = "db.internal" }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// kms_key_arn = aws_kms_key.lambda.arn
    /// ```
    pub struct EnvironmentNotCustomerKey {
        id: "AWS-LMB-012",
        slug: "lambda-environment-not-customer-key",
        service: "lambda",
        category: "encryption",
        severity: Medium,
        title: "Lambda environment variables not encrypted with a customer key",
        types: ["aws_lambda_function"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_173"],
        check: Spec::all(&[attr("kms_key_arn", CustomerKey).risk("the variables are encrypted with the AWS managed aws/lambda key")])
            .when(&[attr("environment.0.variables", Set)]),
    }
}
