use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_docdb_cluster` has `deletion_protection = true`. Unset, it is false (the DocumentDB
    /// and provider default): Fail. A value unknown until apply gives Unknown. Off by default (medium
    /// severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Without deletion protection a mistaken `terraform destroy`, a replaced resource or one API
    /// call deletes the cluster; only a final snapshot, if one was taken, brings it back.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_docdb_cluster" "docs" {
    ///   cluster_identifier = "docs"
    ///   master_username    = "app"
    ///   master_password    = var.password
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `deletion_protection = true`.
    pub struct DeletionProtectionOff {
        id: "AWS-DOCDB-005",
        slug: "docdb-deletion-protection-off",
        service: "docdb",
        category: "resilience",
        severity: Medium,
        title: "DocumentDB cluster without deletion protection",
        types: ["aws_docdb_cluster"],
        default_enabled: false,
        covers: [Fsbp "DocumentDB.5"],
        check: Spec::all(&[attr("deletion_protection", Is(Bool(true))).default(Bool(false)).risk("one API call deletes the cluster")]),
    }
}
