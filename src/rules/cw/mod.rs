pub mod alarm_actions_disabled;
pub mod alarm_topic_without_subscribers;
pub mod cis_cloudtrail_config_alarm;
pub mod cis_cmk_disable_alarm;
pub mod cis_config_changes_alarm;
pub mod cis_console_auth_failure_alarm;
pub mod cis_gateway_alarm;
pub mod cis_iam_policy_alarm;
pub mod cis_nacl_alarm;
pub mod cis_no_mfa_signin_alarm;
pub mod cis_organizations_alarm;
pub mod cis_root_usage_alarm;
pub mod cis_route_table_alarm;
pub mod cis_s3_policy_alarm;
pub mod cis_security_group_alarm;
pub mod cis_unauthorized_api_alarm;
pub mod cis_vpc_alarm;
pub mod custom_metric_without_producer;
pub mod cwagent_alarm_without_agent;
pub mod destination_policy_public;
pub mod expected_alarms_missing;
pub mod log_group_not_encrypted;
pub mod log_group_retention_unset;

use crate::model::value::count;
use crate::model::{Eff, Mode, Resource, Val};
use crate::rules::{Cx, Status};

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

/// A CIS section 4 check on the stack: some `aws_cloudwatch_log_metric_filter` whose `pattern`
/// names every one of `names` (the events CIS's pattern matches: `what`), and an
/// `aws_cloudwatch_metric_alarm` on the metric it produces (same namespace and name, or a
/// `metric_name` that references the filter). Unknown when a pattern or an alarm's metric known
/// only at apply could decide; nothing judged in a plan without AWS resources.
pub fn cis_alarm(cx: &mut Cx, what: &str, names: &[&str]) {
    let stack = cx.stack;
    let any_aws = stack
        .resources
        .iter()
        .any(|r| r.mode == Mode::Managed && r.rtype.starts_with("aws_") && !r.is_deleted());
    if !any_aws {
        return;
    }
    let mut open: Option<String> = None;
    let mut without_alarm = Vec::new();
    let alarms: Vec<_> = cx.live("aws_cloudwatch_metric_alarm").collect();
    for (fid, f) in cx.live("aws_cloudwatch_log_metric_filter") {
        match stack.eff(f, "pattern") {
            Eff::Known(Val::Str(p)) if names.iter().all(|n| p.contains(n)) => {}
            Eff::Known(_) | Eff::NotSet => continue,
            _ => {
                open.get_or_insert(format!(
                    "the pattern of {} is unknown until apply",
                    f.address
                ));
                continue;
            }
        }
        let produced: Vec<(Option<String>, Option<String>)> =
            (0..count(f.values, "metric_transformation"))
                .map(|i| {
                    let get = |k: &str| {
                        stack
                            .eff(f, &format!("metric_transformation.{i}.{k}"))
                            .clone_known()
                    };
                    (get("namespace"), get("name"))
                })
                .collect();
        for (_, a) in &alarms {
            let by_reference = matches!(stack.eff(a, "metric_name"),
                Eff::FromResources { ids, .. } if ids.contains(&fid));
            let by_name = alarm_metrics(cx, a).iter().any(|(ns, name)| {
                produced.iter().any(|(pns, pname)| {
                    pns.is_some() && pname.is_some() && pns == ns && pname == name
                })
            });
            if by_reference || by_name {
                let msg = format!(
                    "{} counts unauthorized API calls and {} alarms on them",
                    f.address, a.address
                );
                cx.push_stack("", Status::Pass, msg);
                return;
            }
            if alarm_metrics(cx, a)
                .iter()
                .any(|(ns, name)| ns.is_none() || name.is_none())
                || produced
                    .iter()
                    .any(|(ns, name)| ns.is_none() || name.is_none())
            {
                open.get_or_insert(format!(
                    "whether {} alarms on the metric of {} is unknown until apply",
                    a.address, f.address
                ));
            }
        }
        without_alarm.push(&*f.address);
    }
    let missing = if without_alarm.is_empty() {
        format!("no log metric filter matches {what} ({})", names.join(", "))
    } else {
        format!("no alarm on the metric of {}", without_alarm.join(", "))
    };
    match open {
        Some(why) => cx.push_stack("", Status::Unknown, format!("{missing}, but {why}")),
        None => cx.push_stack("", Status::Fail, missing),
    }
}
