use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_fsx_openzfs_file_system`, `aws_fsx_ontap_file_system` or
    /// `aws_fsx_windows_file_system` is deployed across Availability Zones: `deployment_type` of
    /// `MULTI_AZ_1` or `MULTI_AZ_2`. Unset (Windows only; the others require it), it is `SINGLE_AZ_1`
    /// (the provider default): Fail. A value unknown until apply gives Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// A single-AZ file system stops with its zone: every client loses its shares until the zone
    /// recovers.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_fsx_ontap_file_system" "nas" {
    ///   storage_capacity    = 1024
    ///   subnet_ids          = [aws_subnet.private.id]
    ///   deployment_type     = "SINGLE_AZ_1"
    ///   throughput_capacity = 512
    ///   preferred_subnet_id = aws_subnet.private.id
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `deployment_type = "MULTI_AZ_1"` with subnets in two zones (the file system is
    /// replaced).
    pub struct SingleAz {
        id: "AWS-FSX-003",
        slug: "fsx-single-az",
        service: "fsx",
        category: "resilience",
        severity: Medium,
        title: "FSx file system in a single AZ",
        types: ["aws_fsx_openzfs_file_system", "aws_fsx_ontap_file_system", "aws_fsx_windows_file_system"],
        default_enabled: false,
        covers: [Fsbp "FSx.3" in ["aws_fsx_openzfs_file_system"], Fsbp "FSx.4" in ["aws_fsx_ontap_file_system"], Fsbp "FSx.5" in ["aws_fsx_windows_file_system"]],
        check: Spec::all(&[attr("deployment_type", OneOf(&["MULTI_AZ_1", "MULTI_AZ_2"])).default(Str("SINGLE_AZ_1")).risk("an Availability Zone outage stops the file system")]),
    }
}
