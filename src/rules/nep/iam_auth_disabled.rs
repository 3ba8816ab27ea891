use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_neptune_cluster` has `iam_database_authentication_enabled = true`. Unset, it is off
    /// (the Neptune default). A value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// Without IAM authentication, Neptune accepts any request that reaches its endpoint on the
    /// network: there is no identity on a query, no per-role access and nothing in CloudTrail.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_neptune_cluster" "graph" {
    ///   cluster_identifier = "graph"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `iam_database_authentication_enabled = true` and sign requests (SigV4) with roles
    /// granted `neptune-db:*` on the cluster.
    pub struct IamAuthDisabled {
        id: "AWS-NEP-004",
        slug: "neptune-iam-auth-disabled",
        service: "neptune",
        category: "access-control",
        severity: High,
        title: "Neptune IAM authentication off",
        types: ["aws_neptune_cluster"],
        default_enabled: true,
        covers: [Fsbp "Neptune.7", Checkov "CKV_AWS_359", Kics "neptune_cluster_with_iam_database_authentication_disabled"],
        check: Spec::all(&[attr("iam_database_authentication_enabled", Is(Bool(true))).default(Bool(false)).risk("anything that reaches the endpoint can query the graph")]),
    }
}
