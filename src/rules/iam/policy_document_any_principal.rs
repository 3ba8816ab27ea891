use crate::model::{Mode, Val};
use crate::rules::judge::open_to_any_principal;
use crate::rules::policy_doc;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every `aws_iam_policy_document` data source: no `Allow` statement names any principal —
    /// `"*"`, `{"AWS": "*"}`, any account's root, or a `NotPrincipal` — unless a condition
    /// limits it to an account, organisation, source or network (`aws:PrincipalOrgID`,
    /// `aws:SourceArn`, `aws:SourceVpce`, ...), judged as AWS-S3-011 judges a bucket policy.
    /// The document is judged wherever it is used (bucket, queue, topic, key or trust
    /// policy), and even when unused. A document whose JSON Terraform reads only at apply is
    /// judged from its statement blocks; principals or conditions still unknown give Unknown,
    /// and a document that merges others (`source_policy_documents`...) unknown at plan time
    /// is Unknown. Off by default (medium; the consuming resource's own rule usually reports
    /// it): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// A resource policy built from such a document lets anyone, in any AWS account, use the
    /// resource with the actions allowed.
    ///
    /// ## Example
    /// ```hcl
    /// data "aws_iam_policy_document" "queue" {
    ///   statement {
    ///     actions   = ["sqs:SendMessage"]
    ///     resources = ["*"]
    ///     principals {
    ///       type        = "AWS"
    ///       identifiers = ["*"]
    ///     }
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Name the principals (`identifiers = ["arn:aws:iam::111122223333:root"]`), or add a
    /// condition on `aws:SourceArn` / `aws:PrincipalOrgID`.
    pub struct PolicyDocumentAnyPrincipal {
        id: "AWS-IAM-024",
        slug: "policy-document-any-principal",
        service: "iam",
        category: "access-control",
        severity: Medium,
        title: "Policy document allows any principal",
        types: ["data.aws_iam_policy_document"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_283"],
    }
}

impl Rule for PolicyDocumentAnyPrincipal {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        for (_, d) in stack.of_type("aws_iam_policy_document") {
            if d.mode != Mode::Data || d.is_deleted() {
                continue;
            }
            let statements = match d.values.get("json").and_then(Val::as_str) {
                Some(json) => policy_doc::parse(json),
                None => policy_doc::from_document(stack, d),
            };
            let (status, msg) = match statements.map(|st| open_to_any_principal(&st)) {
                Some(Ok(Some(why))) => (Status::Fail, format!("the document's {why}")),
                Some(Ok(None)) => (
                    Status::Pass,
                    "the document opens nothing to any principal without a restricting condition"
                        .to_string(),
                ),
                Some(Err(why)) => (Status::Unknown, why),
                None if crate::model::value::masked(d.unknown, "statement") => (
                    Status::Unknown,
                    "the document's statements are known only at apply (a dynamic block over a collection known only at apply)".to_string(),
                ),
                None => (
                    Status::Unknown,
                    "the document merges other documents and is known only at apply".to_string(),
                ),
            };
            cx.report(d, "statement", status, msg);
        }
    }
}
