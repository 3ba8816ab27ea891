use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_efs_access_point` confines its clients to a directory: `root_directory.path` set to
    /// something other than `/`. Unset, the access point's root is the file system's root (`/`):
    /// Fail. A value unknown until apply gives Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// An access point exists to give one application its own directory; rooted at `/` it lets that
    /// application read and write every other application's files.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_efs_access_point" "app" {
    ///   file_system_id = aws_efs_file_system.shared.id
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// root_directory {
    ///   path = "/app"
    ///   creation_info {
    ///     owner_uid   = 1000
    ///     owner_gid   = 1000
    ///     permissions = "750"
    ///   }
    /// }
    /// ```
    pub struct AccessPointRootDirectory {
        id: "AWS-EFS-003",
        slug: "efs-access-point-root-directory",
        service: "efs",
        category: "access-control",
        severity: Medium,
        title: "EFS access point exposes the file system root",
        types: ["aws_efs_access_point"],
        default_enabled: false,
        covers: [Fsbp "EFS.3", Checkov "CKV_AWS_329"],
        check: Spec::all(&[attr("root_directory.0.path", NoneOf(&["/"])).default(Str("/")).risk("clients of the access point see the whole file system")]),
    }
}
