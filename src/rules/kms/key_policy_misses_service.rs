use crate::model::{ResId, Resource};
use crate::rules::{declare_rule, policy_doc, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// A customer key used by a service lets that service use it. For each consumer whose key
    /// is in the plan: a log group (`kms_key_id`) needs an Allow for Service
    /// `logs.<region>.amazonaws.com`; a CloudTrail trail, `cloudtrail.amazonaws.com`; an SNS
    /// topic (`kms_master_key_id`) that CloudWatch alarms notify, `cloudwatch.amazonaws.com`.
    /// The key policy is the key's `policy` (or an `aws_kms_key_policy` for it, or the
    /// `aws_iam_policy_document` either references); none means AWS's default policy, which
    /// admits no service. A policy unknown at plan time gives Unknown.
    ///
    /// ## Why it matters
    /// The resources create fine and then fail at run time: the log group rejects every event,
    /// the trail stops delivering, the alarm's notification is dropped — silently.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_kms_key" "logs" {}
    /// resource "aws_cloudwatch_log_group" "app" {
    ///   name       = "/app"
    ///   kms_key_id = aws_kms_key.logs.arn
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add a key policy statement allowing `kms:Encrypt*`, `kms:Decrypt*`,
    /// `kms:GenerateDataKey*`, `kms:Describe*` to Service `logs.<region>.amazonaws.com`.
    pub struct KeyPolicyMissesService {
        id: "AWS-KMS-002",
        slug: "kms-key-policy-misses-consuming-service",
        service: "kms",
        category: "encryption",
        severity: High,
        title: "Key used by a service whose principal it does not allow",
        types: ["aws_kms_key", "aws_cloudwatch_log_group", "aws_cloudtrail", "aws_sns_topic"],
        default_enabled: true,
    }
}

/// The key policy text: the key's own, or that of an `aws_kms_key_policy` for it.
fn key_policy(cx: &Cx, key: ResId) -> Result<Option<String>, String> {
    let k = &cx.stack.resources[key];
    if let Some(e) = cx
        .partners(key, "aws_kms_key_policy", "key_id")
        .found
        .first()
    {
        return policy_doc::text(cx.stack, &cx.stack.resources[e.from], "policy");
    }
    policy_doc::text(cx.stack, k, "policy")
}

fn judge(
    cx: &Cx,
    consumer: &Resource,
    attr: &str,
    services: &[String],
) -> Option<(Status, String)> {
    let t = cx.targets(consumer, attr);
    if let Some(why) = t.unresolved {
        return Some((
            Status::Unknown,
            format!("{attr} is unknown until apply: {why}"),
        ));
    }
    let key = *t
        .ids
        .iter()
        .find(|&&i| cx.stack.resources[i].rtype == "aws_kms_key")?;
    let name = cx.address(key);
    let wanted = services.join(" or ");
    Some(match key_policy(cx, key) {
        Ok(None) => (
            Status::Fail,
            format!("key {name} has the default key policy, which does not admit {wanted}"),
        ),
        Ok(Some(text)) => match policy_doc::parse(&text) {
            Some(st) => {
                let admits = st.iter().any(|s| {
                    s.allow
                        && s.principals
                            .iter()
                            .any(|(k, p)| k == "Service" && services.contains(p))
                });
                if admits {
                    (Status::Pass, format!("key {name} admits {wanted}"))
                } else {
                    (
                        Status::Fail,
                        format!("the policy of key {name} does not admit {wanted}"),
                    )
                }
            }
            None => (
                Status::Unknown,
                format!("the policy of key {name} is not a JSON policy"),
            ),
        },
        Err(why) => (
            Status::Unknown,
            format!("the policy of key {name} is {why}"),
        ),
    })
}

const ALARM_ACTIONS: [&str; 3] = ["alarm_actions", "ok_actions", "insufficient_data_actions"];

impl Rule for KeyPolicyMissesService {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_cloudwatch_log_group") {
            let mut services = vec!["logs.amazonaws.com".to_string()];
            if let Some(region) = cx.stack.region(r) {
                services.insert(0, format!("logs.{region}.amazonaws.com"));
            }
            if let Some((status, msg)) = judge(cx, r, "kms_key_id", &services) {
                cx.report(r, "kms_key_id", status, msg);
            }
        }
        for (_, r) in cx.live("aws_cloudtrail") {
            if let Some((status, msg)) = judge(
                cx,
                r,
                "kms_key_id",
                &["cloudtrail.amazonaws.com".to_string()],
            ) {
                cx.report(r, "kms_key_id", status, msg);
            }
        }
        for (id, r) in cx.live("aws_sns_topic") {
            let alarmed = ALARM_ACTIONS.iter().any(|a| {
                !cx.partners(id, "aws_cloudwatch_metric_alarm", a)
                    .found
                    .is_empty()
            });
            if !alarmed {
                continue;
            }
            if let Some((status, msg)) = judge(
                cx,
                r,
                "kms_master_key_id",
                &["cloudwatch.amazonaws.com".to_string()],
            ) {
                cx.report(r, "kms_master_key_id", status, msg);
            }
        }
    }
}
