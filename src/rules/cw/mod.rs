pub mod alarm_actions_disabled;
pub mod alarm_topic_without_subscribers;
pub mod cis_unauthorized_api_alarm;
pub mod custom_metric_without_producer;
pub mod cwagent_alarm_without_agent;
pub mod destination_policy_public;
pub mod expected_alarms_missing;
pub mod log_group_not_encrypted;
pub mod log_group_retention_unset;

use crate::model::Val;
use crate::model::{Eff, Resource};
use crate::rules::Cx;

/// The metrics an alarm watches: (namespace, metric name, the alarm attribute holding the
/// dimensions), from its own fields or from each `metric_query[*].metric[0]`. None for a
/// value unknown at plan time.
pub fn alarm_metrics(cx: &Cx, alarm: &Resource) -> Vec<(Option<String>, Option<String>)> {
    let known = |e: Eff| match e {
        Eff::Known(Val::Str(s)) => Some(s.to_string()),
        _ => None,
    };
    let mut out = Vec::new();
    if !matches!(
        cx.stack.eff(alarm, "metric_name"),
        Eff::NotSet | Eff::Known(Val::Null)
    ) {
        out.push((
            known(cx.stack.eff(alarm, "namespace")),
            known(cx.stack.eff(alarm, "metric_name")),
        ));
    }
    for i in 0..crate::model::value::count(alarm.values, "metric_query") {
        let base = format!("metric_query.{i}.metric.0");
        if matches!(
            cx.stack.eff(alarm, &base),
            Eff::NotSet | Eff::Known(Val::Null)
        ) {
            continue;
        }
        out.push((
            known(cx.stack.eff(alarm, &format!("{base}.namespace"))),
            known(cx.stack.eff(alarm, &format!("{base}.metric_name"))),
        ));
    }
    out
}
