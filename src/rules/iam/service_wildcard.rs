use crate::rules::iam::{identity_documents, judge_documents, verdict};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Identity policies (the same documents as AWS-IAM-001): an `Allow` statement whose
    /// `Action` is `"*"`, `"*:*"` or a whole service (`"elasticache:*"`), or an `Allow` with
    /// `NotAction` (everything but a list, whatever its `Resource` or `NotResource`: broader than
    /// the actions it names). `NotResource` does not widen the actions, so it does not count
    /// here (AWS-IAM-001 judges it). A policy unknown at plan time is Unknown, except the JSON of an
    /// `aws_iam_policy_document` Terraform reads only at apply: its statement blocks are judged,
    /// and only what they leave unknown gives Unknown.
    ///
    /// ## Why it matters
    /// A service wildcard grants today's destructive and administrative actions
    /// (`DeleteReplicationGroup`, `PutBucketPolicy`) and every action the service adds later.
    ///
    /// ## Example
    /// `actions = ["elasticache:*"]`
    ///
    /// ## Fix
    /// List the actions the workload calls, e.g. `["elasticache:DescribeReplicationGroups"]`.
    pub struct ServiceWildcard {
        id: "AWS-IAM-002",
        slug: "service-wide-action-wildcard",
        service: "iam",
        category: "identity",
        severity: High,
        title: "Service-wide or global action wildcard",
        types: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role", "data.aws_iam_policy_document"],
        default_enabled: true,
        covers: [Fsbp "IAM.21", Checkov "CKV_AWS_62", Checkov "CKV_AWS_63"],
    }
}

/// `*`, `*:*` or `service:*`.
pub fn is_service_wildcard(action: &str) -> bool {
    action == "*" || action.split_once(':').is_some_and(|(_, a)| a == "*")
}

impl Rule for ServiceWildcard {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let docs = identity_documents(cx);
        judge_documents(cx, docs, |statements| {
            let mut wide: Vec<String> = Vec::new();
            let mut open = None;
            for (i, s) in statements.iter().enumerate() {
                let found = s.actions_where(is_service_wildcard);
                let effect_open = s.is_open("effect");
                if s.allow && !effect_open && !found.is_empty() {
                    wide.extend(found);
                } else if (s.allow || effect_open) && (!found.is_empty() || s.is_open("actions")) {
                    open.get_or_insert((i, if effect_open { "effect" } else { "actions" }));
                }
            }
            verdict(wide, open, "Allow on ", "no service-wide action wildcard")
        });
    }
}
