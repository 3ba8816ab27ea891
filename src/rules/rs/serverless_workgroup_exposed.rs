use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_redshiftserverless_workgroup` is not publicly accessible (`publicly_accessible` not
    /// true; unset is false) and routes its traffic through the VPC (`enhanced_vpc_routing = true`;
    /// unset is false, the provider and Redshift Serverless default: Fail). A value unknown until
    /// apply gives Unknown.
    ///
    /// ## Why it matters
    /// A public workgroup is reachable from the internet, guarded by its security groups and
    /// credentials alone; without enhanced VPC routing, COPY and UNLOAD traffic to S3 leaves the VPC's
    /// endpoints, flow logs and network controls.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_redshiftserverless_workgroup" "bi" {
    ///   namespace_name      = aws_redshiftserverless_namespace.bi.namespace_name
    ///   workgroup_name      = "bi"
    ///   publicly_accessible = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `publicly_accessible = true` and set `enhanced_vpc_routing = true`.
    pub struct ServerlessWorkgroupExposed {
        id: "AWS-RS-012",
        slug: "redshift-serverless-workgroup-exposed",
        service: "redshift",
        category: "network",
        severity: High,
        title: "Redshift Serverless workgroup public or without enhanced VPC routing",
        types: ["aws_redshiftserverless_workgroup"],
        default_enabled: true,
        covers: [Fsbp "RedshiftServerless.1", Fsbp "RedshiftServerless.3"],
        check: Spec::all(&[attr("publicly_accessible", Is(Bool(false))).default(Bool(false)).risk("the workgroup gets a public endpoint"), attr("enhanced_vpc_routing", Is(Bool(true))).default(Bool(false)).risk("COPY and UNLOAD traffic bypasses the VPC's controls")]),
    }
}
