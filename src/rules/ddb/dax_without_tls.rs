use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_dax_cluster` encrypts its cluster endpoint: `cluster_endpoint_encryption_type =
    /// "TLS"`. Unset, it is `NONE` (the DAX and provider default): Fail. A value unknown until apply
    /// gives Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Without TLS, the items DAX serves and the requests that reach it cross the VPC in clear
    /// text. The setting can only be chosen when the cluster is created.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_dax_cluster" "cache" {
    ///   cluster_name       = "cache"
    ///   iam_role_arn       = aws_iam_role.dax.arn
    ///   node_type          = "dax.t3.small"
    ///   replication_factor = 1
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `cluster_endpoint_encryption_type = "TLS"` (the cluster is replaced) and connect with a
    /// DAX client that speaks TLS (`daxs://`).
    pub struct DaxWithoutTls {
        id: "AWS-DDB-006",
        slug: "dax-without-tls",
        service: "dynamodb",
        category: "encryption",
        severity: Medium,
        title: "DAX endpoint without TLS",
        types: ["aws_dax_cluster"],
        default_enabled: false,
        covers: [Fsbp "DynamoDB.7", Checkov "CKV_AWS_239"],
        check: Spec::all(&[attr("cluster_endpoint_encryption_type", Is(Str("TLS"))).default(Str("NONE")).risk("clients reach the cache in clear text")]),
    }
}
