use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_neptune_cluster` copies its tags to snapshots: `copy_tags_to_snapshot = true`.
    /// Unset, it is false (the Neptune and provider default): Fail. A value unknown until apply gives
    /// Unknown. Off by default (low severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Tags drive ownership, cost allocation and tag-based access control; untagged snapshots escape
    /// the policies that apply to the cluster and are hard to attribute.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_neptune_cluster" "graph" {
    ///   cluster_identifier = "graph"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `copy_tags_to_snapshot = true`.
    pub struct CopyTagsOff {
        id: "AWS-NEP-007",
        slug: "neptune-copy-tags-off",
        service: "neptune",
        category: "governance",
        severity: Low,
        title: "Neptune snapshots without the cluster's tags",
        types: ["aws_neptune_cluster"],
        default_enabled: false,
        covers: [Fsbp "Neptune.8", Checkov "CKV_AWS_362"],
        check: Spec::all(&[attr("copy_tags_to_snapshot", Is(Bool(true))).default(Bool(false)).risk("snapshots lose the tags that classify and protect them")]),
    }
}
