use crate::rules::attr::{attr, judge, Expect::Is, Lit::Bool, Test};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_redshift_cluster` has audit logging: an `aws_redshift_logging` whose
    /// `cluster_identifier` points at it (by reference, across modules, or by known identifier),
    /// or the cluster's own (deprecated) `logging { enable = true }` block. Without either,
    /// Redshift writes no audit log (its default). A `logging.enable` unknown until apply, or an
    /// `aws_redshift_logging` whose cluster cannot be followed, gives Unknown.
    ///
    /// ## Why it matters
    /// The connection, user and user-activity logs are the record of who connected and what they
    /// ran; without them a data exfiltration through SQL leaves nothing to investigate.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_redshift_cluster" "dw" {
    ///   cluster_identifier = "dw"
    ///   node_type          = "ra3.large"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_redshift_logging" "dw" {
    ///   cluster_identifier   = aws_redshift_cluster.dw.id
    ///   log_destination_type = "cloudwatch"
    ///   log_exports          = ["connectionlog", "userlog", "useractivitylog"]
    /// }
    /// ```
    /// and `enable_user_activity_logging = true` in the cluster's parameter group for the
    /// activity log.
    pub struct AuditLoggingOff {
        id: "AWS-RS-004",
        slug: "redshift-audit-logging-off",
        service: "redshift",
        category: "logging",
        severity: Medium,
        title: "Redshift audit logging off",
        types: ["aws_redshift_cluster", "aws_redshift_logging"],
        default_enabled: true,
        covers: [Fsbp "Redshift.4", Checkov "CKV_AWS_71", Kics "redshift_cluster_logging_disabled"],
    }
}

/// Logging configured in the cluster itself (the deprecated `logging` block).
const LOGGING_BLOCK: Test = attr("logging.0.enable", Is(Bool(true))).default(Bool(false));

impl Rule for AuditLoggingOff {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_redshift_cluster") {
            let own = judge(cx, r, &LOGGING_BLOCK);
            if own.status == Status::Pass {
                cx.push(r, "logging", own.status, own.message, None);
                continue;
            }
            let (status, message) = cx.partner_verdict(
                id,
                &[("aws_redshift_logging", "cluster_identifier")],
                "audit logging configured by",
                "no aws_redshift_logging for this cluster and no logging block enabling it",
            );
            let (status, message) = match (status, own.status) {
                (Status::Pass, _) => (status, message),
                (_, Status::Unknown) => (Status::Unknown, own.message),
                _ => (status, message),
            };
            cx.push(r, "logging", status, message, None);
        }
    }
}
