use crate::model::value::count;
use crate::model::{Eff, Mode, Val};
use crate::rules::cw::alarm_metrics;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// For a stack with AWS resources (CIS 4.1): some `aws_cloudwatch_log_metric_filter` whose
    /// `pattern` matches unauthorized API calls — it names both `UnauthorizedOperation` and
    /// `AccessDenied` (CIS's pattern is
    /// `{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }`) —
    /// and an `aws_cloudwatch_metric_alarm` on the metric it produces (same namespace and
    /// name, or a `metric_name` that references the filter). A filter whose pattern, or an
    /// alarm whose metric, is known only at apply gives Unknown when nothing else decides.
    /// The filter's log group is not matched to the trail's. Judged on the stack; off by
    /// default (enable it in tfaudit.toml for the stack that owns the account's CloudTrail
    /// log group: elsewhere the alarm lives in another stack, or in a security account).
    ///
    /// ## Why it matters
    /// A burst of `AccessDenied` / `UnauthorizedOperation` errors is how stolen credentials
    /// and misconfigured automation show themselves; without the alarm nobody hears of it
    /// until the damage is done.
    ///
    /// ## Example
    /// A trail delivering to CloudWatch Logs, with no metric filter on authorization errors.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_cloudwatch_log_metric_filter" "unauthorized" {
    ///   name           = "unauthorized-api-calls"
    ///   log_group_name = aws_cloudwatch_log_group.trail.name
    ///   pattern        = "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }"
    ///   metric_transformation {
    ///     name      = "UnauthorizedAPICalls"
    ///     namespace = "CISBenchmark"
    ///     value     = "1"
    ///   }
    /// }
    /// resource "aws_cloudwatch_metric_alarm" "unauthorized" {
    ///   alarm_name          = "unauthorized-api-calls"
    ///   metric_name         = "UnauthorizedAPICalls"
    ///   namespace           = "CISBenchmark"
    ///   statistic           = "Sum"
    ///   period              = 300
    ///   evaluation_periods  = 1
    ///   threshold           = 1
    ///   comparison_operator = "GreaterThanOrEqualToThreshold"
    ///   alarm_actions       = [aws_sns_topic.security.arn]
    /// }
    /// ```
    pub struct CisUnauthorizedApiAlarm {
        id: "AWS-CW-007",
        slug: "no-unauthorized-api-calls-alarm",
        service: "cloudwatch",
        category: "monitoring",
        severity: Critical,
        title: "No metric filter and alarm for unauthorized API calls",
        types: ["aws_cloudwatch_log_metric_filter", "aws_cloudwatch_metric_alarm"],
        default_enabled: false,
        presence: true,
        covers: [Cis "4.1", Trivy "AVD-AWS-0147", Kics "cloudwatch_unauthorized_access_defined_alarm_missing"],
    }
}

/// Whether a metric filter pattern matches unauthorized calls.
fn unauthorized_pattern(p: &str) -> bool {
    p.contains("UnauthorizedOperation") && p.contains("AccessDenied")
}

impl Rule for CisUnauthorizedApiAlarm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
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
                Eff::Known(Val::Str(p)) if unauthorized_pattern(p) => {}
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
            without_alarm.push(f.address.as_str());
        }
        let missing = if without_alarm.is_empty() {
            "no log metric filter matches unauthorized API calls (UnauthorizedOperation, AccessDenied)".to_string()
        } else {
            format!("no alarm on the metric of {}", without_alarm.join(", "))
        };
        match open {
            Some(why) => cx.push_stack("", Status::Unknown, format!("{missing}, but {why}")),
            None => cx.push_stack("", Status::Fail, missing),
        }
    }
}
