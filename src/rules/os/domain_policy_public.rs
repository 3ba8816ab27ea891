use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_opensearch_domain_policy` or `aws_elasticsearch_domain_policy` does not allow any
    /// principal (`"*"` or `{"AWS": "*"}`) without a restricting condition (source IP, VPC endpoint,
    /// account). The policy is read from its JSON text or an `aws_iam_policy_document` of the plan; one
    /// unknown until apply gives Unknown. Off by default (medium severity; a VPC domain with
    /// fine-grained access control may use an open policy on purpose): it runs under
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// An open domain policy skips IAM authentication: anyone who can reach the endpoint may read,
    /// write or delete indexes, unless fine-grained access control stops them.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_opensearch_domain_policy" "open" {
    ///   domain_name     = aws_opensearch_domain.search.domain_name
    ///   access_policies = jsonencode({
    ///     Version   = "2012-10-17"
    ///     Statement = [{ Effect = "Allow", Principal = "*", Action = "es:*", Resource = "*" }]
    ///   })
    /// }
    /// ```
    ///
    /// ## Fix
    /// Name the roles that may call the domain in `Principal`, or restrict the statement with an
    /// `aws:SourceIp` or `aws:SourceVpce` condition.
    pub struct DomainPolicyPublic {
        id: "AWS-OS-014",
        slug: "opensearch-domain-policy-public",
        service: "opensearch",
        category: "access-control",
        severity: Medium,
        title: "OpenSearch domain policy open to any principal",
        types: ["aws_opensearch_domain_policy", "aws_elasticsearch_domain_policy"],
        default_enabled: false,
        covers: [Kics "elasticsearch_domain_with_vulnerable_policy", Kics "elasticsearch_without_iam_authentication"],
        check: Spec::all(&[attr("access_policies", NotPublic).risk("anyone who reaches the endpoint is authorised by the policy")]),
    }
}
