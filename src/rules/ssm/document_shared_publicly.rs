use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_ssm_document.permissions.account_ids` is not `All`: a document shared with every
    /// AWS account is public. Unset, the document is private to the account (AWS default):
    /// it passes, as does a list of account IDs. A value known only at apply is Unknown.
    ///
    /// ## Why it matters
    /// A public document shows everyone its commands and parameters, often host names,
    /// paths, bucket names and sometimes credentials; AWS recommends blocking public sharing
    /// for the whole account.
    ///
    /// ## Example
    /// ```hcl
    /// permissions = {
    ///   type        = "Share"
    ///   account_ids = "All"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Share with the accounts that need it (`account_ids = "111122223333,444455556666"`), or
    /// not at all.
    pub struct DocumentSharedPublicly {
        id: "AWS-SSM-002",
        slug: "ssm-document-shared-publicly",
        service: "ssm",
        category: "access-control",
        severity: Critical,
        title: "SSM document shared publicly",
        types: ["aws_ssm_document"],
        default_enabled: true,
        covers: [Fsbp "SSM.4", Checkov "CKV_AWS_303"],
        check: Spec::all(&[attr("permissions.account_ids", Excludes(&["All", "all"]))
            .risk("every AWS account can read and run the document")]),
    }
}
