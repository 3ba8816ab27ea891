use crate::model::Val;
use crate::model::{Eff, Resource};
use crate::rules::cw::alarm_metrics;
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_cloudwatch_metric_alarm` on the `CWAgent` namespace needs something that runs
    /// the CloudWatch agent: an `aws_ssm_parameter` named `AmazonCloudWatch-*` (the agent's
    /// configuration) or an `aws_instance` / `aws_launch_template` whose user data (plain or
    /// base64, from the plan or the configuration's literal) mentions
    /// `amazon-cloudwatch-agent`. A heuristic: user data unknown at plan time gives Unknown
    /// when nothing else is found.
    ///
    /// ## Why it matters
    /// Memory and disk metrics exist only when the agent publishes them; without it the alarm
    /// never leaves INSUFFICIENT_DATA and the disk fills silently.
    ///
    /// ## Example
    /// An alarm on `CWAgent` `mem_used_percent` for an Auto Scaling group whose launch template
    /// installs nothing.
    ///
    /// ## Fix
    /// Install and start the agent in user data (or with SSM `AWS-ConfigureAWSPackage`) and
    /// store its configuration in an `aws_ssm_parameter` named `AmazonCloudWatch-<name>`.
    pub struct CwagentAlarmWithoutAgent {
        id: "AWS-CW-004",
        slug: "cwagent-alarm-without-agent",
        service: "cloudwatch",
        category: "monitoring",
        severity: Medium,
        title: "Alarm on a CWAgent metric with no agent configuration",
        types: ["aws_cloudwatch_metric_alarm", "aws_ssm_parameter", "aws_launch_template", "aws_instance"],
        default_enabled: true,
    }
}

const AGENT: &str = "amazon-cloudwatch-agent";

/// Standard base64 (padding optional); None when the text is not base64.
pub fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for b in s.bytes().filter(|b| !b.is_ascii_whitespace()) {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

fn mentions_agent(text: &str) -> bool {
    text.contains(AGENT)
        || base64_decode(text).is_some_and(|b| String::from_utf8_lossy(&b).contains(AGENT))
}

/// Whether a user-data attribute mentions the agent: Ok(bool), or Err when unknown.
fn user_data(cx: &Cx, r: &Resource, attr: &str) -> Result<bool, String> {
    let literal = cx
        .stack
        .expr_at(r, attr)
        .and_then(|e| e.get("constant_value"))
        .and_then(Val::as_str);
    if literal.is_some_and(mentions_agent) {
        return Ok(true);
    }
    match cx.stack.eff(r, attr) {
        Eff::Known(Val::Str(s)) => Ok(mentions_agent(s)),
        Eff::Known(_) | Eff::NotSet => Ok(false),
        e => Err(format!("{attr} of {} is {}", r.address, unknown_reason(&e))),
    }
}

/// Where the agent is set up, or Err(why) when nothing is found and something is unknown.
fn agent(cx: &Cx) -> Result<Option<String>, String> {
    let mut open = None;
    for (_, p) in cx.live("aws_ssm_parameter") {
        match cx.stack.eff(p, "name") {
            Eff::Known(Val::Str(n))
                if n.trim_start_matches('/').starts_with("AmazonCloudWatch-") =>
            {
                return Ok(Some(p.address.to_string()));
            }
            Eff::Known(_) | Eff::NotSet => {}
            e => {
                open.get_or_insert(format!(
                    "the name of {} is {}",
                    p.address,
                    unknown_reason(&e)
                ));
            }
        }
    }
    for (t, attrs) in [
        ("aws_instance", &["user_data", "user_data_base64"][..]),
        ("aws_launch_template", &["user_data"][..]),
    ] {
        for (_, r) in cx.live(t) {
            for attr in attrs {
                match user_data(cx, r, attr) {
                    Ok(true) => return Ok(Some(r.address.to_string())),
                    Ok(false) => {}
                    Err(why) => {
                        open.get_or_insert(why);
                    }
                }
            }
        }
    }
    match open {
        Some(why) => Err(why),
        None => Ok(None),
    }
}

impl Rule for CwagentAlarmWithoutAgent {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let alarms: Vec<_> = cx
            .live("aws_cloudwatch_metric_alarm")
            .filter(|(_, a)| {
                alarm_metrics(cx, a)
                    .iter()
                    .any(|(ns, _)| ns.as_deref() == Some("CWAgent"))
            })
            .collect();
        if alarms.is_empty() {
            return;
        }
        let (status, msg) = match agent(cx) {
            Ok(Some(at)) => (Status::Pass, format!("the CloudWatch agent is set up by {at}")),
            Ok(None) => (
                Status::Fail,
                "no AmazonCloudWatch-* SSM parameter and no user data installing amazon-cloudwatch-agent".to_string(),
            ),
            Err(why) => (
                Status::Unknown,
                format!("no CloudWatch agent set-up found, but {why}"),
            ),
        };
        for (_, alarm) in alarms {
            cx.report(alarm, "namespace", status, msg.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64() {
        assert_eq!(base64_decode("aGVsbG8=").unwrap(), b"hello");
        assert_eq!(base64_decode("aGVsbG8gd29ybGQ").unwrap(), b"hello world");
        assert!(base64_decode("not base64!").is_none());
        assert!(mentions_agent(
            "IyEvYmluL2Jhc2gKeXVtIGluc3RhbGwgLXkgYW1hem9uLWNsb3Vkd2F0Y2gtYWdlbnQK"
        ));
    }
}
