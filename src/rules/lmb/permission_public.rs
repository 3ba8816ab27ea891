use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_lambda_permission` does not grant the function to any principal: its `principal`
    /// is not `"*"`, or it is limited by `source_account`, `principal_org_id` or a `source_arn`
    /// that names one resource or account (`arn:aws:s3:::*` or `arn:aws:s3:::uploads-*` is a
    /// bucket of any account: no limit; the same judge as AWS-LMB-009), the conditions Lambda
    /// adds to the function policy's statement. Values known only at apply give Unknown; a
    /// limit set from a resource of the plan counts as set.
    ///
    /// ## Why it matters
    /// A statement with `Principal: "*"` and no condition lets every AWS account — and, for
    /// `lambda:InvokeFunctionUrl` with `function_url_auth_type = "NONE"`, everyone on the
    /// internet — invoke the function, run up its bill and reach whatever its role can.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lambda_permission" "any" {
    ///   statement_id  = "any"
    ///   action        = "lambda:InvokeFunction"
    ///   function_name = aws_lambda_function.api.function_name
    ///   principal     = "*"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Name the caller: an account (`principal = "123456789012"`), a service with its
    /// `source_arn`, or limit `"*"` with `principal_org_id` / `source_account`.
    pub struct PermissionPublic {
        id: "AWS-LMB-008",
        slug: "lambda-permission-any-principal",
        service: "lambda",
        category: "access-control",
        severity: Critical,
        title: "Lambda permission open to any principal",
        types: ["aws_lambda_permission"],
        default_enabled: true,
        covers: [Fsbp "Lambda.1", Checkov "CKV_AWS_301", Kics "lambda_function_publicly_accessible", Kics "lambda_permission_principal_is_wildcard"],
        check: Spec::any(&[
            attr("principal", NoneOf(&["*"])).risk("any AWS account can invoke the function"),
            attr("source_account", Set),
            attr("source_arn", NamesOneSource),
            attr("principal_org_id", Set),
        ]),
    }
}
