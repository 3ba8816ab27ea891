use crate::model::Eff;
use crate::model::{json, Val};
use crate::rules::{declare_rule, tri_bool, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An enabled `aws_guardduty_detector` has its findings routed: an
    /// `aws_cloudwatch_event_rule` whose `event_pattern` has `source` `aws.guardduty`, with an
    /// `aws_cloudwatch_event_target` pointing at that rule (followed across modules). A pattern
    /// unknown at plan time gives Unknown. Judged on each detector.
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
        let mut routed = None;
        let mut unknown = None;
        for (id, rule) in cx.live("aws_cloudwatch_event_rule") {
            let guardduty = match cx.stack.eff(rule, "event_pattern") {
                Eff::Known(Val::Str(p)) => json::parse(p)
                    .ok()
                    .and_then(|v| {
                        v.get("source")
                            .map(|s| s.strings().contains(&"aws.guardduty"))
                    })
                    .unwrap_or(false),
                Eff::Known(_) | Eff::NotSet => false,
                _ => {
                    unknown = unknown.or(Some(rule.address.clone()));
                    false
                }
            };
            if guardduty {
                let targets = cx.partners(id, "aws_cloudwatch_event_target", "rule");
                if let Some(t) = targets.found.first() {
                    routed = Some(cx.address(t.from).to_string());
                } else if !targets.unresolved.is_empty() {
                    unknown = unknown.or(Some(rule.address.clone()));
                }
            }
        }
        for (_, d) in cx.live("aws_guardduty_detector") {
            if tri_bool(&cx.stack.eff(d, "enable"), true) == Some(false) {
                continue;
            }
            let (status, msg) = match (&routed, &unknown) {
                (Some(t), _) => (Status::Pass, format!("findings routed by {t}")),
                (None, Some(r)) => (
                    Status::Unknown,
                    format!(
                        "no route found, but the pattern or targets of {r} are unknown until apply"
                    ),
                ),
                (None, None) => (
                    Status::Fail,
                    "no event rule with source aws.guardduty and a target".to_string(),
                ),
            };
            cx.report(d, "", status, msg);
        }
    }
}
