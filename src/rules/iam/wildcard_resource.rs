use crate::rules::iam::{judge_documents, verdict, IDENTITY};
use crate::rules::iam_actions as actions;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Identity policies (`aws_iam_policy`, `aws_iam_role_policy`, `aws_iam_user_policy`,
    /// `aws_iam_group_policy`, and `aws_iam_policy_document` data sources no such policy uses):
    /// an `Allow` statement with `Resource "*"` that grants at least one action able to be scoped
    /// to resources. Which actions support only `"*"` comes from a table curated from the AWS
    /// Service Authorization Reference (`src/rules/iam/actions.rs`, 31 services); `service:*` and
    /// `*` always count, specific actions of services outside the table are not judged. An
    /// `Allow` with `NotAction` on `"*"` counts too. A policy unknown at plan time is Unknown, except the JSON of an
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
    /// actions that support nothing else (`ec2:Describe*`, `xray:PutTraceSegments`).
    pub struct WildcardResource {
        id: "AWS-IAM-001",
        slug: "allow-on-all-resources",
        service: "iam",
        category: "identity",
        severity: High,
        title: "Allow on Resource \"*\" for actions that can be scoped",
        types: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "data.aws_iam_policy_document"],
        default_enabled: true,
    }
}

impl Rule for WildcardResource {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        judge_documents(cx, IDENTITY, |statements| {
            let mut granted: Vec<String> = Vec::new();
            let mut open = None;
            for (i, s) in statements.iter().enumerate() {
                let star = s.resources.iter().any(|r| r == "*");
                let restrictable = s.actions_where(|a| actions::restrictable(a) == Some(true));
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
            verdict(
                granted,
                open,
                "Allow on Resource \"*\" for ",
                "no Allow on Resource \"*\" for actions that support resource-level permissions",
            )
        });
    }
}
