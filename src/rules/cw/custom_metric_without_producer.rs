use crate::load::json::Val;
use crate::model::Eff;
use crate::rules::cw::alarm_metrics;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};
use std::collections::HashSet;

declare_rule! {
    /// ## What it checks
    /// An `aws_cloudwatch_metric_alarm` on a custom metric (a namespace that is neither `AWS/*`
    /// nor `CWAgent`, in its own fields or in a `metric_query` metric) has an
    /// `aws_cloudwatch_log_metric_filter` in the plan whose `metric_transformation` produces
    /// that namespace and metric name. A filter whose namespace or name is unknown at plan time
    /// gives Unknown. Low severity: application code may publish the metric itself.
    ///
    /// ## Why it matters
    /// An alarm on a metric nothing publishes stays in INSUFFICIENT_DATA forever (or OK, with
    /// `treat_missing_data = "notBreaching"`): it looks like coverage and never fires.
    ///
    /// ## Example
    /// An alarm on `App/Checkout` `PaymentFailures` and no metric filter or code producing it.
    ///
    /// ## Fix
    /// Add the producer, e.g. an `aws_cloudwatch_log_metric_filter` with
    /// `metric_transformation { namespace = "App/Checkout"  name = "PaymentFailures"  value = "1" }`,
    /// or publish it from the application and suppress this finding with that reason.
    pub struct CustomMetricWithoutProducer {
        id: "AWS-CW-005",
        slug: "alarm-on-unproduced-custom-metric",
        service: "cloudwatch",
        category: "monitoring",
        severity: Low,
        title: "Alarm on a custom metric nothing produces",
        types: ["aws_cloudwatch_metric_alarm", "aws_cloudwatch_log_metric_filter"],
        default_enabled: true,
    }
}

impl Rule for CustomMetricWithoutProducer {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let mut produced: HashSet<(String, String)> = HashSet::new();
        let mut open = None;
        for (_, f) in cx.live("aws_cloudwatch_log_metric_filter") {
            let n = f
                .values
                .get("metric_transformation")
                .and_then(Val::as_array)
                .map_or(0, |a| a.len());
            for i in 0..n.max(1) {
                let get = |k: &str| match cx.stack.eff(f, &format!("metric_transformation.{i}.{k}"))
                {
                    Eff::Known(Val::Str(s)) => Some(s.to_string()),
                    _ => None,
                };
                match (get("namespace"), get("name")) {
                    (Some(ns), Some(name)) => {
                        produced.insert((ns, name));
                    }
                    _ if n > 0 => {
                        open.get_or_insert(format!(
                            "the metric of {} is unknown until apply",
                            f.address
                        ));
                    }
                    _ => {}
                }
            }
        }
        for (_, alarm) in cx.live("aws_cloudwatch_metric_alarm") {
            let mut custom = Vec::new();
            let mut unknown = false;
            for (ns, name) in alarm_metrics(cx, alarm) {
                match (ns, name) {
                    (Some(ns), _) if ns.starts_with("AWS/") || ns == "CWAgent" => {}
                    (Some(ns), Some(name)) => custom.push((ns, name)),
                    _ => unknown = true,
                }
            }
            if custom.is_empty() && !unknown {
                continue;
            }
            let missing: Vec<String> = custom
                .iter()
                .filter(|m| !produced.contains(*m))
                .map(|(ns, name)| format!("{ns} {name}"))
                .collect();
            let (status, msg) = if unknown {
                (
                    Status::Unknown,
                    "the alarm's namespace or metric is unknown until apply".to_string(),
                )
            } else if missing.is_empty() {
                (
                    Status::Pass,
                    "a log metric filter produces the metric".to_string(),
                )
            } else if let Some(why) = &open {
                (
                    Status::Unknown,
                    format!("no producer found for {}, but {why}", missing.join(", ")),
                )
            } else {
                (
                    Status::Fail,
                    format!("no log metric filter produces {}", missing.join(", ")),
                )
            };
            cx.report(alarm, "metric_name", status, msg);
        }
    }
}
