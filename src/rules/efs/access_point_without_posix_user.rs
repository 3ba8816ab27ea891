use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_efs_access_point` enforces a POSIX identity: a `posix_user` block (`uid`, `gid`).
    /// Without one, each NFS client uses the user and group IDs it sends: Fail. A value unknown until
    /// apply gives Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Without an enforced identity a client that claims uid 0 acts as root on the files the
    /// access point reaches, whatever the application was meant to be.
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
    /// posix_user {
    ///   uid = 1000
    ///   gid = 1000
    /// }
    /// ```
    pub struct AccessPointWithoutPosixUser {
        id: "AWS-EFS-004",
        slug: "efs-access-point-without-posix-user",
        service: "efs",
        category: "access-control",
        severity: Medium,
        title: "EFS access point does not enforce a user identity",
        types: ["aws_efs_access_point"],
        default_enabled: false,
        covers: [Fsbp "EFS.4", Checkov "CKV_AWS_330"],
        check: Spec::all(&[attr("posix_user.0.uid", Set).risk("clients act with whatever user ID they claim, root included")]),
    }
}
