use crate::rules::xray::traced;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// When something is traced — a Lambda function with `tracing_config` mode `Active`, or an
    /// `aws_api_gateway_stage` with `xray_tracing_enabled` — the plan has an
    /// `aws_xray_sampling_rule`. A stack-level result on `(stack)`; nothing is reported when
    /// nothing is traced, Unknown when a tracing setting is unknown and there is no rule.
    ///
    /// ## Why it matters
    /// With only the default rule (1 request per second plus 5 %), busy services record a
    /// sliver of their traffic and quiet critical paths are rarely sampled; sampling is a
    /// decision to write down.
    ///
    /// ## Example
    /// Lambda functions with active tracing and no sampling rule in the stack.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_xray_sampling_rule" "api" {
    ///   rule_name      = "api"
    ///   priority       = 100
    ///   reservoir_size = 5
    ///   fixed_rate     = 0.1
    ///   service_name   = "*"
    ///   service_type   = "*"
    ///   host           = "*"
    ///   http_method    = "*"
    ///   url_path       = "*"
    ///   resource_arn   = "*"
    ///   version        = 1
    /// }
    /// ```
    pub struct NoSamplingRules {
        id: "AWS-XRAY-001",
        slug: "tracing-without-sampling-rules",
        service: "xray",
        category: "monitoring",
        severity: Low,
        title: "Tracing on, no sampling rules",
        types: ["aws_lambda_function", "aws_api_gateway_stage", "aws_xray_sampling_rule"],
        default_enabled: true,
        presence: true,
    }
}

impl Rule for NoSamplingRules {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let rule = cx
            .live("aws_xray_sampling_rule")
            .next()
            .map(|(_, r)| r.address.clone());
        match (traced(cx), rule) {
            (Ok(None), _) => {}
            (_, Some(rule)) => cx.push_stack("", Status::Pass, format!("sampling rule {rule}")),
            (Ok(Some(what)), None) => cx.push_stack(
                "",
                Status::Fail,
                format!("{what} is traced and there is no aws_xray_sampling_rule"),
            ),
            (Err(why), None) => cx.push_stack(
                "",
                Status::Unknown,
                format!("no aws_xray_sampling_rule, and {why}"),
            ),
        }
    }
}
