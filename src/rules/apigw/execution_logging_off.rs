use crate::model::{Eff, Resource, Val};
use crate::rules::attr::{attr, judge, Expect::OneOf, Lit::Str, Test};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_api_gateway_stage` (REST) has execution logging: some
    /// `aws_api_gateway_method_settings` of the stage (its `stage_name` referencing the stage,
    /// or the stage's known name with a `rest_api_id` on the same API: API Gateway finds a
    /// stage by API and name) with `settings.logging_level` `ERROR` or `INFO`. Unset, the level is `OFF`. Method
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
            let (status, msg) = match status {
                Status::Fail => match by_name(cx, r) {
                    Some((Status::Fail, _)) | None => (status, msg),
                    Some(other) => other,
                },
                _ => (status, msg),
            };
            cx.report(r, "", status, msg);
        }
    }
}

/// The verdict of the `aws_api_gateway_method_settings` that name the stage by its known
/// `stage_name` and point at the same REST API (`stage_name = "prod"` with
/// `rest_api_id = aws_api_gateway_rest_api.a.id`): API Gateway finds a stage by API and name.
fn by_name(cx: &Cx, stage: &Resource) -> Option<(Status, String)> {
    let name = match cx.stack.eff(stage, "stage_name") {
        Eff::Known(Val::Str(n)) => n.to_string(),
        _ => return None,
    };
    let api = cx.targets(stage, "rest_api_id");
    if api.ids.is_empty() || api.unresolved.is_some() {
        return None;
    }
    let mut verdict: Option<(Status, String)> = None;
    for (_, s) in cx.live("aws_api_gateway_method_settings") {
        let same_name =
            matches!(cx.stack.eff(s, "stage_name"), Eff::Known(Val::Str(n)) if n.as_ref() == name);
        let theirs = cx.targets(s, "rest_api_id");
        if !same_name || theirs.unresolved.is_some() || theirs.ids != api.ids {
            continue;
        }
        let v = judge(cx, s, &LOGGING);
        let found = match v.status {
            Status::Pass => (
                Status::Pass,
                format!("execution logging set by {} (the stage by name)", s.address),
            ),
            Status::Unknown => (Status::Unknown, format!("{}: {}", s.address, v.message)),
            Status::Fail => continue,
        };
        if found.0 == Status::Pass {
            return Some(found);
        }
        verdict.get_or_insert(found);
    }
    verdict
}
