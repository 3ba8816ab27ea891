use crate::rules::{declare_rule, Cx, Rule, RuleMeta};
use std::collections::BTreeMap;

declare_rule! {
    /// ## What it checks
    /// Every SNS topic that CloudWatch alarms notify (`alarm_actions`, `ok_actions`,
    /// `insufficient_data_actions`, followed across modules) has an
    /// `aws_sns_topic_subscription` whose `topic_arn` points at it. Reported on the topic.
    ///
    /// ## Why it matters
    /// An alarm that notifies a topic nobody subscribes to pages nobody.
    ///
    /// ## Example
    /// An alarm with `alarm_actions = [aws_sns_topic.ops.arn]` and no subscription.
    ///
    /// ## Fix
    /// Subscribe the on-call endpoint (email, HTTPS, Lambda, chat integration) to the topic.
    pub struct AlarmTopicWithoutSubscribers {
        id: "AWS-CW-006",
        slug: "alarm-topic-without-subscribers",
        service: "cloudwatch",
        category: "monitoring",
        severity: High,
        title: "Alarm notifies an SNS topic with no subscribers",
        types: ["aws_cloudwatch_metric_alarm", "aws_sns_topic", "aws_sns_topic_subscription"],
        default_enabled: true,
    }
}

const ACTIONS: [&str; 3] = ["alarm_actions", "ok_actions", "insufficient_data_actions"];

impl Rule for AlarmTopicWithoutSubscribers {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let mut topics: BTreeMap<usize, String> = BTreeMap::new();
        for (_, alarm) in cx.live("aws_cloudwatch_metric_alarm") {
            for a in ACTIONS {
                for t in cx.targets(alarm, a).ids {
                    if cx.stack.resources[t].rtype == "aws_sns_topic" {
                        topics.entry(t).or_insert_with(|| alarm.address.to_string());
                    }
                }
            }
        }
        for (t, alarm) in topics {
            let topic = &cx.stack.resources[t];
            let (status, msg) = cx.partner_verdict(
                t,
                &[("aws_sns_topic_subscription", "topic_arn")],
                "subscribed by",
                &format!("{alarm} notifies this topic, which has no subscriptions"),
            );
            cx.report(topic, "", status, msg);
        }
    }
}
