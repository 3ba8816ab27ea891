use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_fsx_openzfs_file_system` copies its tags to backups and volumes
    /// (`copy_tags_to_backups` and `copy_tags_to_volumes` true); an `aws_fsx_lustre_file_system` copies
    /// them to backups (`copy_tags_to_backups = true`). Unset, each is false (the FSx and provider
    /// default): Fail. A value unknown until apply gives Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Tags drive ownership, cost allocation and tag-based access control; untagged backups and
    /// volumes escape the policies that apply to the file system.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_fsx_lustre_file_system" "scratch" {
    ///   storage_capacity = 1200
    ///   subnet_ids       = [aws_subnet.private.id]
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `copy_tags_to_backups = true` (and `copy_tags_to_volumes = true` on OpenZFS).
    pub struct CopyTagsOff {
        id: "AWS-FSX-002",
        slug: "fsx-copy-tags-off",
        service: "fsx",
        category: "governance",
        severity: Medium,
        title: "FSx backups or volumes without the file system's tags",
        types: ["aws_fsx_openzfs_file_system", "aws_fsx_lustre_file_system"],
        default_enabled: false,
        covers: [Fsbp "FSx.1" in ["aws_fsx_openzfs_file_system"], Fsbp "FSx.2" in ["aws_fsx_lustre_file_system"]],
        check: Spec::all(&[attr("copy_tags_to_backups", Is(Bool(true))).default(Bool(false)).risk("backups lose the tags that classify and protect them"), attr("copy_tags_to_volumes", Is(Bool(true))).default(Bool(false)).on(&["aws_fsx_openzfs_file_system"]).risk("volumes lose the tags that classify and protect them")]),
    }
}
