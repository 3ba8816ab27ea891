use crate::rules::cw::alarm_metrics;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Each monitored resource has an `aws_cloudwatch_metric_alarm` whose `dimensions` (or a
    /// `metric_query` metric's) reference it — by configuration reference across modules, or by
    /// known name — in its namespace, on one of its key metrics:
    /// Lambda functions (`AWS/Lambda`: Errors, Throttles, Duration); ElastiCache replication
    /// groups (`AWS/ElastiCache`: CPUUtilization, EngineCPUUtilization,
    /// DatabaseMemoryUsagePercentage, Evictions); API Gateway stages (`AWS/ApiGateway`:
    /// 4XXError, 5XXError, Latency); DynamoDB tables (`AWS/DynamoDB`: ThrottledRequests,
    /// ReadThrottleEvents, WriteThrottleEvents, SystemErrors, ConsumedReadCapacityUnits,
    /// ConsumedWriteCapacityUnits); RDS instances (`AWS/RDS`: CPUUtilization, FreeStorageSpace,
    /// FreeableMemory, DatabaseConnections). The parameter `metrics` replaces the metric lists.
    /// An alarm whose dimensions cannot be followed gives Unknown. Off by default; enable it in
    /// tfaudit.toml.
    ///
    /// ## Why it matters
    /// Without an alarm, a throttled table or a function failing every invocation is found by
    /// customers, not by the on-call engineer.
    ///
    /// ## Example
    /// A Lambda function with no alarm on `Errors`.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_metric_alarm" "worker_errors" {
    ///   alarm_name          = "worker-errors"
    ///   namespace           = "AWS/Lambda"
    ///   metric_name         = "Errors"
    ///   dimensions          = { FunctionName = aws_lambda_function.worker.function_name }
    ///   statistic           = "Sum"
    ///   period              = 300
    ///   evaluation_periods  = 1
    ///   threshold           = 1
    ///   comparison_operator = "GreaterThanOrEqualToThreshold"
    ///   alarm_actions       = [aws_sns_topic.ops.arn]
    /// }
    /// ```
    pub struct ExpectedAlarmsMissing {
        id: "AWS-CW-003",
        slug: "expected-alarms-missing",
        service: "cloudwatch",
        category: "monitoring",
        severity: Medium,
        title: "Expected alarms missing per resource",
        types: ["aws_cloudwatch_metric_alarm", "aws_lambda_function", "aws_elasticache_replication_group", "aws_api_gateway_stage", "aws_dynamodb_table", "aws_db_instance"],
        default_enabled: false,
        params: [("metrics", "strings")],
    }
}

const MONITORED: &[(&str, &str, &[&str])] = &[
    (
        "aws_lambda_function",
        "AWS/Lambda",
        &["Errors", "Throttles", "Duration"],
    ),
    (
        "aws_elasticache_replication_group",
        "AWS/ElastiCache",
        &[
            "CPUUtilization",
            "EngineCPUUtilization",
            "DatabaseMemoryUsagePercentage",
            "Evictions",
        ],
    ),
    (
        "aws_api_gateway_stage",
        "AWS/ApiGateway",
        &["4XXError", "5XXError", "Latency"],
    ),
    (
        "aws_dynamodb_table",
        "AWS/DynamoDB",
        &[
            "ThrottledRequests",
            "ReadThrottleEvents",
            "WriteThrottleEvents",
            "SystemErrors",
            "ConsumedReadCapacityUnits",
            "ConsumedWriteCapacityUnits",
        ],
    ),
    (
        "aws_db_instance",
        "AWS/RDS",
        &[
            "CPUUtilization",
            "FreeStorageSpace",
            "FreeableMemory",
            "DatabaseConnections",
        ],
    ),
];

const ALARM: &str = "aws_cloudwatch_metric_alarm";

impl Rule for ExpectedAlarmsMissing {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let custom = cx.params.strings(Self::META.id, "metrics");
        for &(rtype, namespace, defaults) in MONITORED {
            let metrics: Vec<String> = match &custom {
                Some(m) => m.clone(),
                None => defaults.iter().map(|m| m.to_string()).collect(),
            };
            for (id, r) in cx.live(rtype) {
                let (status, msg) = cx.partner_verdict_where(
                    id,
                    &[(ALARM, "dimensions"), (ALARM, "metric_query")],
                    |alarm| {
                        let metrics_of = alarm_metrics(cx, alarm);
                        let watched = metrics_of.iter().any(|(ns, name)| {
                            ns.as_deref() == Some(namespace)
                                && name.as_ref().is_some_and(|n| metrics.contains(n))
                        });
                        if watched {
                            Ok(true)
                        } else if metrics_of
                            .iter()
                            .any(|(ns, name)| ns.is_none() || name.is_none())
                        {
                            Err(format!(
                                "the metric of {} is unknown until apply",
                                alarm.address
                            ))
                        } else {
                            Ok(false)
                        }
                    },
                    "watched by",
                    &format!("no alarm on {namespace} {}", metrics.join("/")),
                );
                cx.report(r, "", status, msg);
            }
        }
    }
}
