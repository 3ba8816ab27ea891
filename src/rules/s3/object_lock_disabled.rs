use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_s3_bucket` has Object Lock enabled: `object_lock_enabled = true`, or the legacy
    /// (provider v3) `object_lock_configuration` block with `object_lock_enabled = "Enabled"`.
    /// Unset, Object Lock is off (the S3 default; it can be enabled only on a new bucket or
    /// through support): it fails. A value known only at apply gives Unknown. Off by default
    /// (medium; most buckets need no write-once retention): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Without Object Lock, anyone with delete permissions — or ransomware holding stolen
    /// credentials — can delete or overwrite every version of the objects.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_s3_bucket" "audit" {
    ///   bucket = "audit-logs"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_s3_bucket" "audit" {
    ///   bucket              = "audit-logs"
    ///   object_lock_enabled = true
    /// }
    /// ```
    pub struct ObjectLockDisabled {
        id: "AWS-S3-017",
        slug: "s3-object-lock-disabled",
        service: "s3",
        category: "resilience",
        severity: Medium,
        title: "Bucket without Object Lock",
        types: ["aws_s3_bucket"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_143"],
        check: Spec::any(&[
            attr("object_lock_enabled", Is(Bool(true))).default(Bool(false)).risk("objects can be deleted or overwritten"),
            attr("object_lock_configuration.0.object_lock_enabled", Is(Str("Enabled"))).risk("objects can be deleted or overwritten"),
        ]),
    }
}
