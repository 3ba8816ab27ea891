use crate::model::Eff;
use crate::model::Val;
use crate::rules::cw::alarm_metrics;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_cloudwatch_metric_alarm` on a custom metric (a namespace that is neither `AWS/*`
    /// nor `CWAgent`, in its own fields or in a `metric_query` metric) has an
    /// `aws_cloudwatch_log_metric_filter` in the plan whose `metric_transformation` produces
    /// that namespace and metric name, or takes its `metric_name` from a metric filter by
    /// reference. A filter whose namespace or name is unknown at plan time gives Unknown. Low
    /// severity: application code may publish the metric itself.
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
        // What each metric filter produces: (namespace, name), None where unknown at plan time.
        let mut filters: Vec<(Option<String>, Option<String>, &str)> = Vec::new();
        for (_, f) in cx.live("aws_cloudwatch_log_metric_filter") {
            let n = crate::model::value::count(f.values, "metric_transformation");
            for i in 0..n {
                let get = |k: &str| match cx.stack.eff(f, &format!("metric_transformation.{i}.{k}"))
                {
                    Eff::Known(Val::Str(s)) => Some(s.to_string()),
                    _ => None,
                };
                filters.push((get("namespace"), get("name"), &f.address));
            }
        }
        let same = |x: &Option<String>, y: &str| x.as_deref().is_none_or(|x| x == y);
        for (_, alarm) in cx.live("aws_cloudwatch_metric_alarm") {
            // `metric_name = aws_cloudwatch_log_metric_filter.x.metric_transformation[0].name`:
            // the filter is the producer, whatever its name turns out to be.
            if let Eff::FromResources { ids, reference } = cx.stack.eff(alarm, "metric_name") {
                if ids
                    .iter()
                    .any(|&i| cx.stack.resources[i].rtype == "aws_cloudwatch_log_metric_filter")
                {
                    let msg = format!("the metric comes from {reference}");
                    cx.report(alarm, "metric_name", Status::Pass, msg);
                    continue;
                }
            }
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
            let missing: Vec<&(String, String)> = custom
                .iter()
                .filter(|(ns, name)| {
                    !filters.iter().any(|(fns, fname, _)| {
                        fns.as_deref() == Some(ns.as_str())
                            && fname.as_deref() == Some(name.as_str())
                    })
                })
                .collect();
            // A filter whose namespace or name is unknown may still produce a missing metric.
            let open = filters.iter().find(|(fns, fname, _)| {
                (fns.is_none() || fname.is_none())
                    && missing
                        .iter()
                        .any(|(ns, name)| same(fns, ns) && same(fname, name))
            });
            let missing: Vec<String> = missing
                .iter()
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
            } else if let Some((_, _, f)) = open {
                (
                    Status::Unknown,
                    format!(
                        "no producer found for {}, but the metric of {f} is unknown until apply",
                        missing.join(", ")
                    ),
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
