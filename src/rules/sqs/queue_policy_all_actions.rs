use crate::rules::policy_doc::statements;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The policy of an SQS queue — `aws_sqs_queue_policy.policy` or the `policy` of
    /// `aws_sqs_queue` — has no Allow statement whose `Action` is `"*"` or `"sqs:*"`, whoever
    /// the principal. JSON text and `aws_iam_policy_document` data sources are read; no policy
    /// passes. A policy, or a statement's effect or actions, known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// `sqs:*` hands the principal the queue itself: changing its policy and attributes,
    /// purging and deleting it, not just sending or receiving messages.
    ///
    /// ## Example
    /// ```hcl
    /// policy = jsonencode({
    ///   Version   = "2012-10-17"
    ///   Statement = [{ Effect = "Allow", Principal = { AWS = var.consumer_role_arn }, Action = "sqs:*", Resource = aws_sqs_queue.jobs.arn }]
    /// })
    /// ```
    ///
    /// ## Fix
    /// List the actions the principal needs, e.g.
    /// `["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]`.
    pub struct QueuePolicyAllActions {
        id: "AWS-SQS-003",
        slug: "sqs-queue-policy-all-actions",
        service: "sqs",
        category: "access-control",
        severity: High,
        title: "SQS queue policy allows all actions",
        types: ["aws_sqs_queue_policy", "aws_sqs_queue"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_72", Trivy "AVD-AWS-0097", Kics "sqs_policy_allows_all_actions"],
    }
}

fn is_all(action: &str) -> bool {
    action == "*" || action.eq_ignore_ascii_case("sqs:*")
}

impl Rule for QueuePolicyAllActions {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for rtype in ["aws_sqs_queue_policy", "aws_sqs_queue"] {
            for (_, r) in cx.live(rtype) {
                let (status, msg) = match &*statements(cx.stack, r, "policy") {
                    Ok(None) => (Status::Pass, "no policy".to_string()),
                    Err(why) => (Status::Unknown, format!("policy is {why}")),
                    Ok(Some(st)) => {
                        let mut open = None;
                        let mut all = None;
                        for (i, s) in st.iter().enumerate() {
                            if !s.allow && !s.is_open("effect") {
                                continue;
                            }
                            let wild = s.actions.iter().find(|a| is_all(a));
                            match (wild, s.is_open("effect") || s.is_open("actions")) {
                                (Some(a), false) => {
                                    all = Some(format!("statement {} allows {a:?}", i + 1));
                                    break;
                                }
                                (_, true) => {
                                    open.get_or_insert(format!(
                                        "the effect or actions of statement {} are unknown until apply",
                                        i + 1
                                    ));
                                }
                                (None, false) => {}
                            }
                        }
                        match (all, open) {
                            (Some(why), _) => (
                                Status::Fail,
                                format!("the policy's {why}: every SQS action on the queue, including changing its policy and deleting it"),
                            ),
                            (None, Some(why)) => (Status::Unknown, why),
                            (None, None) => (
                                Status::Pass,
                                "no Allow statement grants \"*\" or \"sqs:*\"".to_string(),
                            ),
                        }
                    }
                };
                let prov = cx.stack.provenance(r, "policy");
                cx.push(r, "policy", status, msg, prov);
            }
        }
    }
}
