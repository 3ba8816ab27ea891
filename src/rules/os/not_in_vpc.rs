use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_opensearch_domain` and `aws_elasticsearch_domain` are placed in a VPC:
    /// `vpc_options { subnet_ids = [...] }` not empty. Without it the domain gets a public
    /// endpoint, protected only by its access policy. Subnet IDs from resources of the plan count;
    /// a value that cannot be followed gives Unknown.
    ///
    /// ## Why it matters
    /// A public endpoint is reachable from the whole internet; one permissive statement in the
    /// access policy (or a misconfigured IP condition) exposes every index.
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
    /// vpc_options {
    ///   subnet_ids         = aws_subnet.private[*].id
    ///   security_group_ids = [aws_security_group.search.id]
    /// }
    /// ```
    pub struct NotInVpc {
        id: "AWS-OS-009",
        slug: "opensearch-not-in-vpc",
        service: "opensearch",
        category: "network",
        severity: Critical,
        title: "OpenSearch domain not in a VPC",
        types: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
        default_enabled: true,
        covers: [Fsbp "ES.2" in ["aws_elasticsearch_domain"], Fsbp "Opensearch.2" in ["aws_opensearch_domain"], Checkov "CKV_AWS_137"],
        check: Spec::all(&[attr("vpc_options.0.subnet_ids", Set).risk("the domain has a public endpoint")]),
    }
}
