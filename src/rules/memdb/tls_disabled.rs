use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_memorydb_cluster` keeps in-transit encryption: `tls_enabled` not false. Unset, it
    /// is true (the provider and MemoryDB default): Pass; only an explicit false fails. A value
    /// unknown until apply gives Unknown. Off by default (medium severity): it runs under
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// Without TLS, the data and the ACL users' passwords cross the network in clear text.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_memorydb_cluster" "store" {
    ///   name        = "store"
    ///   acl_name    = "open-access"
    ///   node_type   = "db.t4g.small"
    ///   tls_enabled = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `tls_enabled = false` (the cluster is replaced).
    pub struct TlsDisabled {
        id: "AWS-MEMDB-002",
        slug: "memorydb-tls-disabled",
        service: "memorydb",
        category: "encryption",
        severity: Medium,
        title: "MemoryDB TLS disabled",
        types: ["aws_memorydb_cluster"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_202"],
        check: Spec::all(&[attr("tls_enabled", Is(Bool(true))).default(Bool(true)).risk("clients and nodes talk in clear text")]),
    }
}
