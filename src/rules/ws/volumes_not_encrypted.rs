use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_workspaces_workspace` sets both `root_volume_encryption_enabled` and
    /// `user_volume_encryption_enabled` to `true` (they need a `volume_encryption_key`). Unset,
    /// AWS's default for each is `false`: it fails, naming the first volume found
    /// unencrypted. Values known only at apply are Unknown.
    ///
    /// ## Why it matters
    /// The user volume holds the user's profile and documents, the root volume the system and
    /// whatever applications cache. Encryption cannot be added to an existing WorkSpace: it
    /// has to be rebuilt.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_workspaces_workspace" "alice" {
    ///   directory_id = aws_workspaces_directory.main.id
    ///   bundle_id    = "wsb-bh8rsxt14"
    ///   user_name    = "alice"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// root_volume_encryption_enabled = true
    /// user_volume_encryption_enabled = true
    /// volume_encryption_key          = aws_kms_key.workspaces.arn
    /// ```
    pub struct VolumesNotEncrypted {
        id: "AWS-WS-001",
        slug: "workspaces-volumes-not-encrypted",
        service: "workspaces",
        category: "encryption",
        severity: High,
        title: "WorkSpaces volumes not encrypted",
        types: ["aws_workspaces_workspace"],
        default_enabled: true,
        covers: [Fsbp "WorkSpaces.1", Fsbp "WorkSpaces.2", Checkov "CKV_AWS_155", Checkov "CKV_AWS_156", Trivy "AVD-AWS-0109", Kics "workspaces_workspace_volume_not_encrypted"],
        check: Spec::all(&[
            attr("root_volume_encryption_enabled", Is(Bool(true)))
                .default(Bool(false))
                .risk("the root volume is stored unencrypted"),
            attr("user_volume_encryption_enabled", Is(Bool(true)))
                .default(Bool(false))
                .risk("the user volume is stored unencrypted"),
        ]),
    }
}
