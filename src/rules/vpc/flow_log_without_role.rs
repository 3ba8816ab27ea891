use crate::model::Eff;
use crate::model::Val;
use crate::rules::{declare_rule, policy_doc, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_flow_log` delivering to CloudWatch Logs (`log_destination_type` unset or
    /// `cloud-watch-logs`) has an `iam_role_arn`, and when that role is in the plan its trust
    /// policy lets `vpc-flow-logs.amazonaws.com` assume it. The trust policy is read from the
    /// role's `assume_role_policy`, or from the `aws_iam_policy_document` it references; one
    /// unknown at plan time gives Unknown. A role outside the plan is not judged.
    ///
    /// ## Why it matters
    /// Without a role the flow log service may assume, the flow log is created but publishes
    /// nothing: the VPC looks covered and is not.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_flow_log" "main" {
    ///   vpc_id          = aws_vpc.main.id
    ///   traffic_type    = "ALL"
    ///   log_destination = aws_cloudwatch_log_group.flow.arn
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add `iam_role_arn = aws_iam_role.flow_logs.arn`, a role whose trust policy allows
    /// `vpc-flow-logs.amazonaws.com` to call `sts:AssumeRole` and whose policy allows writing
    /// to the log group.
    pub struct FlowLogWithoutRole {
        id: "AWS-VPC-002",
        slug: "cloudwatch-flow-log-without-delivery-role",
        service: "vpc",
        category: "logging",
        severity: High,
        title: "CloudWatch flow log without delivery role",
        types: ["aws_flow_log", "aws_iam_role"],
        default_enabled: true,
    }
}

const SERVICE: &str = "vpc-flow-logs.amazonaws.com";

impl Rule for FlowLogWithoutRole {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_flow_log") {
            match cx.stack.eff(r, "log_destination_type") {
                Eff::Known(Val::Str(t)) if t.as_ref() != "cloud-watch-logs" => continue,
                Eff::Known(_) | Eff::NotSet => {}
                _ => {
                    let msg = "log_destination_type is unknown until apply".to_string();
                    cx.report(r, "log_destination_type", Status::Unknown, msg);
                    continue;
                }
            }
            let t = cx.targets(r, "iam_role_arn");
            let roles: Vec<_> = t
                .ids
                .iter()
                .map(|&i| &cx.stack.resources[i])
                .filter(|x| x.rtype == "aws_iam_role")
                .collect();
            let (status, msg) = if let Some(why) = &t.unresolved {
                (
                    Status::Unknown,
                    format!("iam_role_arn is unknown until apply: {why}"),
                )
            } else if roles.is_empty() && t.external.is_empty() && t.ids.is_empty() {
                (
                    Status::Fail,
                    "flow log to CloudWatch Logs without iam_role_arn".to_string(),
                )
            } else if roles.is_empty() {
                (
                    Status::Pass,
                    "delivery role outside the plan (its trust is not checked)".to_string(),
                )
            } else {
                let mut verdict = (Status::Pass, String::new());
                for role in roles {
                    let v = match policy_doc::text(cx.stack, role, "assume_role_policy") {
                        Ok(Some(text)) => match policy_doc::parse(&text) {
                            Some(st) if policy_doc::trusts_service(&st, SERVICE) => (
                                Status::Pass,
                                format!("delivery role {} trusts {SERVICE}", role.address),
                            ),
                            Some(_) => (
                                Status::Fail,
                                format!("delivery role {} does not trust {SERVICE}", role.address),
                            ),
                            None => (
                                Status::Unknown,
                                format!(
                                    "the trust policy of {} is not a JSON policy",
                                    role.address
                                ),
                            ),
                        },
                        Ok(None) => (
                            Status::Fail,
                            format!("delivery role {} has no trust policy", role.address),
                        ),
                        Err(why) => (
                            Status::Unknown,
                            format!("the trust policy of {} is {why}", role.address),
                        ),
                    };
                    if verdict.1.is_empty() || v.0 < verdict.0 {
                        verdict = v;
                    }
                }
                verdict
            };
            cx.report(r, "iam_role_arn", status, msg);
        }
    }
}
