use crate::rules::os::logs_not_published::verdict;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// An `aws_opensearch_domain` or `aws_elasticsearch_domain` publishes audit logs: a
    /// `log_publishing_options` block with `log_type = "AUDIT_LOGS"` that is not
    /// `enabled = false` (enabled defaults to true). No such block (the default: nothing is
    /// published): Fail. Blocks, log types or `enabled` unknown until apply give Unknown. Off by
    /// default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Audit logs record who authenticated and which indexes and documents they read or
    /// changed; without them an access through a leaked credential or an over-broad role leaves
    /// no trace. They also need fine-grained access control and an audit configuration in
    /// OpenSearch Dashboards.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_opensearch_domain" "search" {
    ///   domain_name = "search"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// log_publishing_options {
    ///   log_type                 = "AUDIT_LOGS"
    ///   cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
    /// }
    /// ```
    /// with a log group resource policy that lets `es.amazonaws.com` write to it.
    pub struct AuditLogsOff {
        id: "AWS-OS-010",
        slug: "opensearch-audit-logs-off",
        service: "opensearch",
        category: "logging",
        severity: Medium,
        title: "OpenSearch audit logs not published",
        types: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
        default_enabled: false,
        covers: [Fsbp "ES.5" in ["aws_elasticsearch_domain"], Fsbp "Opensearch.5" in ["aws_opensearch_domain"], Checkov "CKV_AWS_317"],
    }
}

impl Rule for AuditLogsOff {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for &rtype in Self::META.types {
            for (_, r) in cx.live(rtype) {
                let (status, message) = verdict(cx, r, "AUDIT_LOGS", "audit logs");
                cx.push(r, "log_publishing_options", status, message, None);
            }
        }
    }
}
