use crate::model::Eff;
use crate::model::{json, Val};
use crate::rules::{declare_rule, tri_bool, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An enabled `aws_guardduty_detector` has its findings routed: an
    /// `aws_cloudwatch_event_rule` whose `event_pattern` has `source` `aws.guardduty` (and, if
    /// it names a `detail-type`, `GuardDuty Finding`), with an `aws_cloudwatch_event_target`
    /// pointing at that rule (followed across modules). The rule must be enabled (`state` not
    /// `DISABLED`), on the default event bus (GuardDuty publishes there only), and in the
    /// detector's region (a rule sees its own region's events). A pattern, state, bus or
    /// region unknown at plan time gives Unknown. Judged on each detector.
    ///
    /// ## Why it matters
    /// GuardDuty findings that go nowhere are read by nobody: the detector costs money and the
    /// compromise goes unnoticed.
    ///
    /// ## Example
    /// A detector and no EventBridge rule for `aws.guardduty`.
    ///
    /// ## Fix
    /// An event rule with `event_pattern = jsonencode({ source = ["aws.guardduty"] })` and a
    /// target (SNS topic, Lambda, Security Hub).
    pub struct FindingsNotRouted {
        id: "AWS-GD-001",
        slug: "guardduty-findings-not-routed",
        service: "guardduty",
        category: "monitoring",
        severity: Medium,
        title: "GuardDuty findings not routed",
        types: ["aws_guardduty_detector", "aws_cloudwatch_event_rule", "aws_cloudwatch_event_target"],
        default_enabled: true,
        presence: true,
    }
}

impl Rule for FindingsNotRouted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        // Targets that receive GuardDuty findings, with their rule's region.
        let mut routes: Vec<(String, Option<String>)> = Vec::new();
        let mut unknown = None;
        for (id, rule) in cx.live("aws_cloudwatch_event_rule") {
            let guardduty = match cx.stack.eff(rule, "event_pattern") {
                Eff::Known(Val::Str(p)) => match json::parse(p) {
                    Ok(v) => matches_findings(&v),
                    Err(_) => Some(false),
                },
                Eff::Known(_) | Eff::NotSet => Some(false),
                _ => None,
            };
            // A disabled rule routes nothing; GuardDuty publishes to the default bus only.
            let enabled = match cx.stack.eff(rule, "state") {
                Eff::Known(Val::Str(st)) => Some(!st.eq_ignore_ascii_case("DISABLED")),
                Eff::Known(_) | Eff::NotSet => tri_bool(&cx.stack.eff(rule, "is_enabled"), true),
                _ => None,
            };
            let default_bus = match cx.stack.eff(rule, "event_bus_name") {
                Eff::Known(Val::Str(b)) => Some(b.as_ref() == "default" || b.ends_with("/default")),
                Eff::Known(_) | Eff::NotSet => Some(true),
                _ => None,
            };
            match (guardduty, enabled, default_bus) {
                (Some(false), _, _) | (_, Some(false), _) | (_, _, Some(false)) => continue,
                (Some(true), Some(true), Some(true)) => {}
                _ => {
                    unknown = unknown.or(Some(rule.address.clone()));
                    continue;
                }
            }
            let targets = cx.partners(id, "aws_cloudwatch_event_target", "rule");
            if let Some(t) = targets.found.first() {
                routes.push((cx.address(t.from).to_string(), cx.stack.region(rule)));
            } else if !targets.unresolved.is_empty() {
                unknown = unknown.or(Some(rule.address.clone()));
            }
        }
        let mut results = Vec::new();
        for (_, d) in cx.live("aws_guardduty_detector") {
            if tri_bool(&cx.stack.eff(d, "enable"), true) == Some(false) {
                continue;
            }
            // An event rule sees its own region's findings only.
            let here = cx.stack.region(d);
            let mut unsure = unknown.clone();
            let mut routed = None;
            for (t, region) in &routes {
                match (&here, region) {
                    (Some(a), Some(b)) if a != b => {}
                    (Some(_), Some(_)) => {
                        routed = Some(t.clone());
                        break;
                    }
                    _ => {
                        unsure.get_or_insert(format!("the region of {t}").into());
                    }
                }
            }
            let (status, msg) = match (&routed, &unsure) {
                (Some(t), _) => (Status::Pass, format!("findings routed by {t}")),
                (None, Some(r)) => (
                    Status::Unknown,
                    format!(
                        "no route found, but the pattern, state, bus, targets or region of {r} are unknown until apply"
                    ),
                ),
                (None, None) => (
                    Status::Fail,
                    "no enabled event rule on the default bus of the detector's region matches GuardDuty findings (source aws.guardduty) with a target".to_string(),
                ),
            };
            results.push((d, status, msg));
        }
        for (d, status, msg) in results {
            cx.report(d, "", status, msg);
        }
    }
}

/// Whether an event pattern matches GuardDuty findings: its `source` holds `aws.guardduty`,
/// and its `detail-type`, if any, `GuardDuty Finding` (None when a detail-type is written as
/// a content filter this does not read).
fn matches_findings(pattern: &Val) -> Option<bool> {
    let source = pattern
        .get("source")
        .is_some_and(|s| s.strings().contains(&"aws.guardduty"));
    if !source {
        return Some(false);
    }
    match pattern.get("detail-type") {
        None => Some(true),
        Some(Val::Arr(items)) if items.iter().all(|i| i.as_str().is_some()) => Some(
            items
                .iter()
                .any(|i| i.as_str() == Some("GuardDuty Finding")),
        ),
        Some(Val::Str(s)) => Some(s.as_ref() == "GuardDuty Finding"),
        Some(_) => None,
    }
}
