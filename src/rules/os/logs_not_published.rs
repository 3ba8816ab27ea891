use crate::model::{Eff, Resource, Val};
use crate::rules::{declare_rule, tri_bool, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_opensearch_domain` and `aws_elasticsearch_domain` publish their error logs to
    /// CloudWatch Logs: a `log_publishing_options` block with `log_type = "ES_APPLICATION_LOGS"`
    /// and `enabled` not `false` (it defaults to `true`). Without such a block nothing is
    /// published (the OpenSearch default). Slow logs and audit logs are worth publishing too; they
    /// are not required here. Blocks from a `dynamic` block over values unknown until apply, or a
    /// type or flag unknown until apply, give Unknown.
    ///
    /// ## Why it matters
    /// The error log is where OpenSearch records failed shard allocations, mapping errors,
    /// snapshot failures and security plugin errors; without it, an outage or a failed
    /// authorization leaves no trace outside the cluster.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_opensearch_domain" "search" {
    ///   domain_name    = "search"
    ///   engine_version = "OpenSearch_2.13"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// log_publishing_options {
    ///   log_type                 = "ES_APPLICATION_LOGS"
    ///   cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
    /// }
    /// ```
    /// and an `aws_cloudwatch_log_resource_policy` letting `es.amazonaws.com` write to the group.
    pub struct LogsNotPublished {
        id: "AWS-OS-002",
        slug: "opensearch-logs-not-published",
        service: "opensearch",
        category: "logging",
        severity: Medium,
        title: "OpenSearch error logs not published",
        types: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
        default_enabled: true,
        covers: [Fsbp "ES.4" in ["aws_elasticsearch_domain"], Fsbp "Opensearch.4" in ["aws_opensearch_domain"], Checkov "CKV_AWS_84", Kics "elasticsearch_logs_disabled"],
    }
}

/// The error log type (AWS Security Hub's ES.4 / Opensearch.4).
const ERROR_LOGS: &str = "ES_APPLICATION_LOGS";

impl Rule for LogsNotPublished {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for &rtype in Self::META.types {
            for (_, r) in cx.live(rtype) {
                let (status, message) = verdict(cx, r, ERROR_LOGS, "error logs");
                cx.push(r, "log_publishing_options", status, message, None);
            }
        }
    }
}

/// The verdict on a domain's `log_publishing_options` blocks for one `log_type`
/// (described as `what`): published when a block of that type is enabled.
pub fn verdict(cx: &Cx, r: &Resource, log_type: &str, what: &str) -> (Status, String) {
    let stack = cx.stack;
    let n = match stack.eff(r, "log_publishing_options") {
        Eff::Known(Val::Arr(items)) => items.len(),
        Eff::Known(_) | Eff::NotSet => 0,
        e => {
            return (
                Status::Unknown,
                format!("log_publishing_options is {}", unknown_reason(&e)),
            )
        }
    };
    let mut open = None;
    for i in 0..n {
        let kind = stack.eff(r, &format!("log_publishing_options.{i}.log_type"));
        match &kind {
            Eff::Known(Val::Str(k)) if k.as_ref() == log_type => {}
            Eff::Known(_) => continue,
            e => {
                open.get_or_insert(format!("a log_type is {}", unknown_reason(e)));
                continue;
            }
        }
        let enabled = stack.eff(r, &format!("log_publishing_options.{i}.enabled"));
        match tri_bool(&enabled, true) {
            Some(true) => {
                return (
                    Status::Pass,
                    format!("{log_type} are published to CloudWatch Logs"),
                )
            }
            Some(false) => {
                return (
                    Status::Fail,
                    format!("{log_type} are configured with enabled = false"),
                )
            }
            None => {
                open.get_or_insert(format!(
                    "enabled of {log_type} is {}",
                    unknown_reason(&enabled)
                ));
            }
        }
    }
    match open {
        Some(why) => (Status::Unknown, why),
        None => (
            Status::Fail,
            format!("no log_publishing_options block publishes {log_type} ({what})"),
        ),
    }
}
