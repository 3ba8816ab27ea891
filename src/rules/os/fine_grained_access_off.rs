use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_opensearch_domain` and `aws_elasticsearch_domain` have `advanced_security_options {
    /// enabled = true }`. Without the block, fine-grained access control is off (the OpenSearch
    /// default). A value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// Without fine-grained access control, whoever the domain's access policy lets in can read
    /// and write every index: there are no roles, no index-, document- or field-level security
    /// and no audit log.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_opensearch_domain" "search" {
    ///   domain_name    = "search"
    ///   engine_version = "OpenSearch_2.13"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// advanced_security_options {
    ///   enabled                        = true
    ///   internal_user_database_enabled = false
    ///   master_user_options {
    ///     master_user_arn = aws_iam_role.search_admin.arn
    ///   }
    /// }
    /// ```
    /// (it requires HTTPS, node-to-node encryption and encryption at rest).
    pub struct FineGrainedAccessOff {
        id: "AWS-OS-006",
        slug: "opensearch-fine-grained-access-off",
        service: "opensearch",
        category: "access-control",
        severity: High,
        title: "OpenSearch fine-grained access control off",
        types: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
        default_enabled: true,
        covers: [Fsbp "Opensearch.7" in ["aws_opensearch_domain"], Checkov "CKV2_AWS_52", Kics "elasticsearch_no_finegrain_access_control"],
        check: Spec::all(&[attr("advanced_security_options.0.enabled", Is(Bool(true))).default(Bool(false)).risk("every client the access policy admits can read every index")]),
    }
}
