use crate::model::Val;
use crate::model::{Eff, Resource};
use crate::rules::{declare_rule, tri_set, unknown_reason, Cx, Rule, RuleMeta, Status};
use std::collections::BTreeMap;

declare_rule! {
    /// ## What it checks
    /// API Gateway logging — `aws_api_gateway_method_settings` with `settings[0].logging_level`
    /// `INFO` or `ERROR`, or an `aws_api_gateway_stage` with `access_log_settings` — needs an
    /// `aws_api_gateway_account` with `cloudwatch_role_arn` in the same region (regions from the
    /// provider configurations). Reported on the method settings or stage; Unknown when a
    /// region or the account's role cannot be told at plan time.
    ///
    /// ## Why it matters
    /// The CloudWatch role is an account-and-region setting. Without it the apply fails
    /// ("CloudWatch Logs role ARN must be set in account settings to enable logging"), or, when
    /// set by hand once, a new region or account gets no logs.
    ///
    /// ## Example
    /// `settings { logging_level = "INFO" }` and no `aws_api_gateway_account` in the stack.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_api_gateway_account" "this" {
    ///   cloudwatch_role_arn = aws_iam_role.apigw_cloudwatch.arn
    /// }
    /// ```
    /// with a role trusting `apigateway.amazonaws.com` and the managed policy
    /// `AmazonAPIGatewayPushToCloudWatchLogs`.
    pub struct LoggingWithoutAccountRole {
        id: "AWS-APIGW-001",
        slug: "api-logging-without-account-role",
        service: "apigateway",
        category: "logging",
        severity: High,
        title: "API logging without the account CloudWatch role",
        types: ["aws_api_gateway_method_settings", "aws_api_gateway_stage", "aws_api_gateway_account"],
        default_enabled: true,
    }
}

/// Per region: Ok(account address) with a role, or Err(why) when the role is unknown.
fn accounts(cx: &Cx) -> (BTreeMap<String, Result<String, String>>, Option<String>) {
    let mut by_region = BTreeMap::new();
    let mut no_region = None;
    for (_, a) in cx.live("aws_api_gateway_account") {
        let e = cx.stack.eff(a, "cloudwatch_role_arn");
        let v = match tri_set(&e) {
            Some(true) => Ok(a.address.to_string()),
            Some(false) => continue,
            None => Err(format!(
                "the cloudwatch_role_arn of {} is {}",
                a.address,
                unknown_reason(&e)
            )),
        };
        match cx.stack.region(a) {
            Some(r) => {
                let slot = by_region.entry(r).or_insert_with(|| v.clone());
                if slot.is_err() && v.is_ok() {
                    *slot = v;
                }
            }
            None => no_region = Some(a.address.to_string()),
        }
    }
    (by_region, no_region)
}

fn judge(
    cx: &Cx,
    r: &Resource,
    accounts: &BTreeMap<String, Result<String, String>>,
    no_region: &Option<String>,
) -> (Status, String) {
    let Some(region) = cx.stack.region(r) else {
        return (
            Status::Unknown,
            "the region of this resource is unknown".into(),
        );
    };
    match accounts.get(&region) {
        Some(Ok(a)) => (Status::Pass, format!("{a} sets the CloudWatch role in {region}")),
        Some(Err(why)) => (Status::Unknown, why.clone()),
        None => match no_region {
            Some(a) => (Status::Unknown, format!("the region of {a} is unknown")),
            None => (
                Status::Fail,
                format!("logging is on, and no aws_api_gateway_account sets cloudwatch_role_arn in {region}"),
            ),
        },
    }
}

impl Rule for LoggingWithoutAccountRole {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let (by_region, no_region) = accounts(cx);
        for (_, m) in cx.live("aws_api_gateway_method_settings") {
            let (status, msg) = match cx.stack.eff(m, "settings.0.logging_level") {
                Eff::Known(Val::Str(l)) if l == "INFO" || l == "ERROR" => {
                    judge(cx, m, &by_region, &no_region)
                }
                Eff::Known(_) | Eff::NotSet => continue,
                e => (
                    Status::Unknown,
                    format!("logging_level is {}", unknown_reason(&e)),
                ),
            };
            cx.report(m, "settings", status, msg);
        }
        for (_, s) in cx.live("aws_api_gateway_stage") {
            let e = cx.stack.eff(s, "access_log_settings");
            let set = match &e {
                Eff::Known(v) => !v.is_empty(),
                Eff::NotSet => false,
                _ => true,
            };
            if set {
                let (status, msg) = judge(cx, s, &by_region, &no_region);
                cx.report(s, "access_log_settings", status, msg);
            }
        }
    }
}
