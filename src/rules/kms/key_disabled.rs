use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_kms_key` has `is_enabled = true`. Unset, the provider sends `true`: Pass. A value unknown
    /// until apply gives Unknown. Off by default (it runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// A disabled key cannot decrypt: the volumes, buckets, secrets and logs encrypted under it stop
    /// working, which is an outage when unintended.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_kms_key" "data" {
    ///   description = "data"
    ///   is_enabled  = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_kms_key" "data" {
    ///   description = "data"
    /// }
    /// ```
    pub struct KeyDisabled {
        id: "AWS-KMS-007",
        slug: "kms-key-disabled",
        service: "kms",
        category: "encryption",
        severity: Medium,
        title: "KMS key disabled",
        types: ["aws_kms_key"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_227", Kics "cmk_is_unusable"],
        check: Spec::all(&[attr("is_enabled", Is(Bool(true))).default(Bool(true)).risk("everything encrypted under the key becomes unreadable")]),
    }
}
