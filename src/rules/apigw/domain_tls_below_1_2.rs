use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_api_gateway_domain_name` (REST custom domain) has a `security_policy` other than
    /// `TLS_1_0`: `TLS_1_2` or one of the newer `SecurityPolicy_TLS13_*` / `*_EDGE` policies,
    /// which all require TLS 1.2 or later. Unset, API Gateway creates the domain with
    /// `TLS_1_0`. A value known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// `TLS_1_0` accepts TLS 1.0 and 1.1 and their weak ciphers: clients that still offer them
    /// can be downgraded by an attacker on the path.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_api_gateway_domain_name" "api" {
    ///   domain_name              = "api.example.com"
    ///   regional_certificate_arn = aws_acm_certificate.api.arn
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// security_policy = "TLS_1_2"
    /// ```
    pub struct DomainTlsBelow12 {
        id: "AWS-APIGW-009",
        slug: "api-domain-tls-below-1-2",
        service: "apigateway",
        category: "encryption",
        severity: High,
        title: "API custom domain accepts TLS below 1.2",
        types: ["aws_api_gateway_domain_name"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_206", Trivy "AVD-AWS-0005", Kics "api_gateway_without_security_policy"],
        check: Spec::all(&[attr("security_policy", NoneOf(&["TLS_1_0"])).default(Str("TLS_1_0")).risk("clients can negotiate TLS 1.0 or 1.1")]),
    }
}
