use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_neptune_cluster` has `deletion_protection = true`. Unset, it is false (the Neptune and
    /// provider default): Fail. A value unknown until apply gives Unknown. Off by default (low
    /// severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Without deletion protection a mistaken `terraform destroy`, a replaced resource or one API
    /// call deletes the cluster; only a final snapshot, if one was taken, brings it back.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_neptune_cluster" "graph" {
    ///   cluster_identifier = "graph"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `deletion_protection = true`.
    pub struct DeletionProtectionOff {
        id: "AWS-NEP-008",
        slug: "neptune-deletion-protection-off",
        service: "neptune",
        category: "resilience",
        severity: Low,
        title: "Neptune cluster without deletion protection",
        types: ["aws_neptune_cluster"],
        default_enabled: false,
        covers: [Fsbp "Neptune.4", Checkov "CKV2_AWS_58"],
        check: Spec::all(&[attr("deletion_protection", Is(Bool(true))).default(Bool(false)).risk("one API call deletes the cluster")]),
    }
}
