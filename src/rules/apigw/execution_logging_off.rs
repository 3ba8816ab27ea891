use crate::rules::attr::{attr, judge, Expect::OneOf, Lit::Str, Test};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_api_gateway_stage` (REST) has execution logging: some
    /// `aws_api_gateway_method_settings` of the stage (its `stage_name` referencing the stage)
    /// with `settings.logging_level` `ERROR` or `INFO`. Unset, the level is `OFF`. Method
    /// settings for one method only (`method_path = "items/GET"`) count too. Unknown when a
    /// method settings' level or stage reference cannot be followed at plan time.
    ///
    /// ## Why it matters
    /// Execution logs hold what access logs do not: authorizer and integration errors, mapping
    /// failures, throttling. Without them a failing API cannot be diagnosed.
    ///
    /// ## Example
    /// A stage with no `aws_api_gateway_method_settings`, or one with `logging_level = "OFF"`.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_api_gateway_method_settings" "all" {
    ///   rest_api_id = aws_api_gateway_rest_api.api.id
    ///   stage_name  = aws_api_gateway_stage.prod.stage_name
    ///   method_path = "*/*"
    ///   settings {
    ///     logging_level = "ERROR"
    ///   }
    /// }
    /// ```
    /// (the account needs the CloudWatch role of AWS-APIGW-001).
    pub struct ExecutionLoggingOff {
        id: "AWS-APIGW-007",
        slug: "api-stage-execution-logging-off",
        service: "apigateway",
        category: "logging",
        severity: Medium,
        title: "API stage execution logging off",
        types: ["aws_api_gateway_stage", "aws_api_gateway_method_settings"],
        default_enabled: true,
        covers: [Fsbp "APIGateway.1", Checkov "CKV2_AWS_4", Kics "api_gateway_with_cloudwatch_logging_disabled"],
    }
}

const LOGGING: Test =
    attr("settings.0.logging_level", OneOf(&["ERROR", "INFO"])).default(Str("OFF"));

impl Rule for ExecutionLoggingOff {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stages: Vec<_> = cx.live("aws_api_gateway_stage").collect();
        for (id, r) in stages {
            let (status, msg) = cx.partner_verdict_where(
                id,
                &[("aws_api_gateway_method_settings", "stage_name")],
                |s| {
                    let v = judge(cx, s, &LOGGING);
                    match v.status {
                        Status::Pass => Ok(true),
                        Status::Fail => Ok(false),
                        Status::Unknown => Err(format!("{}: {}", s.address, v.message)),
                    }
                },
                "execution logging set by",
                "no aws_api_gateway_method_settings of the stage sets logging_level ERROR or INFO: \
                 integration and authorizer errors are not logged",
            );
            cx.report(r, "", status, msg);
        }
    }
}
