use crate::model::Eff;
use crate::rules::{declare_rule, tri_set, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_sns_topic` has an access policy: its `policy`, or an `aws_sns_topic_policy`
    /// whose `arn` points at it (followed across modules).
    ///
    /// ## Why it matters
    /// The default policy lets any principal of the account publish and subscribe; services
    /// that must publish (CloudWatch, EventBridge, S3) need an explicit grant anyway.
    ///
    /// ## Example
    /// `resource "aws_sns_topic" "alerts" { name = "alerts" }`
    ///
    /// ## Fix
    /// Add an `aws_sns_topic_policy` naming the publishers and subscribers.
    pub struct TopicWithoutPolicy {
        id: "AWS-SNS-001",
        slug: "sns-topic-without-access-policy",
        service: "sns",
        category: "access-control",
        severity: Low,
        title: "SNS topic without access policy",
        types: ["aws_sns_topic", "aws_sns_topic_policy"],
        default_enabled: true,
    }
}

impl Rule for TopicWithoutPolicy {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_sns_topic") {
            let inline = cx.stack.eff(r, "policy");
            let p = cx.partners(id, "aws_sns_topic_policy", "arn");
            let (status, msg) = match (tri_set(&inline), p.found.first(), p.unresolved.first()) {
                (Some(true), _, _) if !matches!(inline, Eff::NotSet) => {
                    (Status::Pass, "policy set on the topic".to_string())
                }
                (_, Some(e), _) => (Status::Pass, format!("policy by {}", cx.address(e.from))),
                (_, None, Some(u)) => (
                    Status::Unknown,
                    format!(
                        "no policy found, but the arn of {} cannot be followed: {}",
                        cx.address(u.from),
                        u.reason
                    ),
                ),
                (None, None, None) => (
                    Status::Unknown,
                    "the topic's policy is unknown until apply".to_string(),
                ),
                _ => (
                    Status::Fail,
                    "no access policy: the default policy applies".to_string(),
                ),
            };
            cx.report(r, "policy", status, msg);
        }
    }
}
