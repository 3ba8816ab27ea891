use crate::load::json::Val;
use crate::model::{Action, Mode};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The plan deletes a security control: a flow log, an S3 public access block (bucket or
    /// account), default bucket encryption, a KMS key, a CloudTrail trail, a WAF web ACL
    /// association or logging configuration, a GuardDuty detector, a Config recorder, Security
    /// Hub, or a network ACL rule that denies. A control that is replaced (destroyed and
    /// created again) passes. Not in the catalog's first list: tfaudit's own ID, `AWS-DEL`.
    ///
    /// ## Why it matters
    /// Rules that judge what a plan keeps cannot see what it removes: a refactor that drops the
    /// flow log module, or a `count = 0` on the trail, passes every other check.
    ///
    /// ## Example
    /// A plan whose `resource_changes` has `"actions": ["delete"]` for `aws_flow_log.main`.
    ///
    /// ## Fix
    /// Keep the control, or replace it in the same change; if the deletion is intended, record
    /// it as a suppression with a reason.
    pub struct SecurityControlDeleted {
        id: "AWS-DEL-001",
        slug: "security-control-deleted",
        service: "all",
        category: "change",
        severity: High,
        title: "Security control deleted by the plan",
        types: [
            "aws_flow_log", "aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block",
            "aws_s3_bucket_server_side_encryption_configuration", "aws_kms_key", "aws_cloudtrail",
            "aws_wafv2_web_acl_association", "aws_wafv2_web_acl_logging_configuration",
            "aws_guardduty_detector", "aws_config_configuration_recorder", "aws_securityhub_account",
            "aws_network_acl_rule",
        ],
        default_enabled: true,
    }
}

impl Rule for SecurityControlDeleted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for t in Self::META.types {
            for (_, r) in cx.stack.of_type(t) {
                if r.mode != Mode::Managed {
                    continue;
                }
                // Only deny rules narrow access; deleting an allow rule narrows it further.
                if *t == "aws_network_acl_rule"
                    && r.values.get("rule_action").and_then(Val::as_str) != Some("deny")
                {
                    continue;
                }
                match r.action {
                    Action::Delete => {
                        let msg = format!("the plan deletes this {t}");
                        cx.report(r, "", Status::Fail, msg);
                    }
                    Action::Replace => {
                        cx.report(r, "", Status::Pass, "replaced, not removed".into())
                    }
                    _ => {}
                }
            }
        }
    }
}
