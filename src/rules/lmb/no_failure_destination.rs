use crate::rules::{declare_rule, tri_set, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Each `aws_lambda_function` has a dead-letter queue (`dead_letter_config[0].target_arn`)
    /// or an `aws_lambda_function_event_invoke_config` whose `function_name` points at it (by
    /// reference, across modules, or by known name/ARN) with
    /// `destination_config[0].on_failure[0].destination` set. An invoke config that cannot be
    /// followed gives Unknown.
    ///
    /// ## Why it matters
    /// Asynchronous events (S3, SNS, EventBridge) that still fail after Lambda's retries are
    /// dropped without a trace unless they go to a DLQ or an on-failure destination.
    ///
    /// ## Example
    /// A function triggered by S3 notifications with neither.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_lambda_function_event_invoke_config" "worker" {
    ///   function_name = aws_lambda_function.worker.function_name
    ///   destination_config {
    ///     on_failure {
    ///       destination = aws_sqs_queue.worker_failures.arn
    ///     }
    ///   }
    /// }
    /// ```
    pub struct NoFailureDestination {
        id: "AWS-LMB-002",
        slug: "lambda-without-failure-destination",
        service: "lambda",
        category: "reliability",
        severity: Medium,
        title: "Lambda without DLQ or on-failure destination",
        types: ["aws_lambda_function", "aws_lambda_function_event_invoke_config"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_116"],
    }
}

const INVOKE: &str = "aws_lambda_function_event_invoke_config";
const ON_FAILURE: &str = "destination_config.0.on_failure.0.destination";

impl Rule for NoFailureDestination {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_lambda_function") {
            let dlq = cx.stack.eff(r, "dead_letter_config.0.target_arn");
            if tri_set(&dlq) == Some(true) {
                cx.report(
                    r,
                    "dead_letter_config",
                    Status::Pass,
                    "dead-letter queue set".into(),
                );
                continue;
            }
            let (status, msg) = cx.partner_verdict_where(
                id,
                &[(INVOKE, "function_name")],
                |c| {
                    let dest = cx.stack.eff(c, ON_FAILURE);
                    tri_set(&dest).ok_or_else(|| {
                        format!(
                            "the on-failure destination of {} is {}",
                            c.address,
                            unknown_reason(&dest)
                        )
                    })
                },
                "on-failure destination in",
                "no dead-letter queue and no event invoke config with an on-failure destination",
            );
            // An unknown DLQ leaves a missing destination undecided.
            let (status, msg) = match (status, tri_set(&dlq)) {
                (Status::Fail, None) => (
                    Status::Unknown,
                    format!("{msg}, but dead_letter_config is {}", unknown_reason(&dlq)),
                ),
                (status, _) => (status, msg),
            };
            cx.report(r, "dead_letter_config", status, msg);
        }
    }
}
