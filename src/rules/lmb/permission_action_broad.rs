use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_lambda_permission` grants only invocation: `action` is `lambda:InvokeFunction`
    /// or `lambda:InvokeFunctionUrl`. `lambda:*`, `*` or any other action (reading the code,
    /// changing the configuration) fails. `action` is required: a plan that does not show it,
    /// or a value known only at apply, gives Unknown.
    ///
    /// ## Why it matters
    /// A resource-based permission is how other services and accounts reach the function;
    /// granting more than invocation lets them read its code and environment, or replace it.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lambda_permission" "events" {
    ///   action        = "lambda:*"
    ///   function_name = aws_lambda_function.worker.function_name
    ///   principal     = "events.amazonaws.com"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// action = "lambda:InvokeFunction"
    /// ```
    pub struct PermissionActionBroad {
        id: "AWS-LMB-010",
        slug: "lambda-permission-action-broad",
        service: "lambda",
        category: "access-control",
        severity: High,
        title: "Lambda permission grants more than invocation",
        types: ["aws_lambda_permission"],
        default_enabled: true,
        covers: [Kics "lambda_permission_misconfigured", Kics "lambda_with_vulnerable_policy"],
        check: Spec::all(&[attr("action", OneOf(&["lambda:InvokeFunction", "lambda:InvokeFunctionUrl"])).unset_unknown("action is required, and the plan does not show its value").risk("the grantee can do more than invoke the function")]),
    }
}
