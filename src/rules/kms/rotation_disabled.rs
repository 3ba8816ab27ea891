use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// A symmetric encryption `aws_kms_key` (`key_usage` `ENCRYPT_DECRYPT` and
    /// `customer_master_key_spec` `SYMMETRIC_DEFAULT`, the defaults when unset) not in a
    /// custom key store has `enable_key_rotation = true`; unset, rotation is off (AWS's
    /// default) and it fails. Asymmetric and HMAC keys and keys in a custom key store, which
    /// KMS cannot rotate automatically, are not judged. A value known only at apply gives
    /// Unknown.
    ///
    /// ## Why it matters
    /// Rotation limits how much data one key version protects and how long a compromised key
    /// version stays in use; old versions stay available to decrypt, so it costs nothing in
    /// availability.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_kms_key" "data" {
    ///   description = "data"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_kms_key" "data" {
    ///   description         = "data"
    ///   enable_key_rotation = true
    /// }
    /// ```
    pub struct RotationDisabled {
        id: "AWS-KMS-006",
        slug: "kms-key-rotation-disabled",
        service: "kms",
        category: "encryption",
        severity: Medium,
        title: "Customer key rotation not enabled",
        types: ["aws_kms_key"],
        default_enabled: true,
        covers: [Cis "3.6", Checkov "CKV_AWS_7", Trivy "AVD-AWS-0065", Kics "cmk_rotation_disabled"],
        check: Spec::all(&[attr("enable_key_rotation", Is(Bool(true))).default(Bool(false)).risk("the key material is never rotated")])
            .when(&[
                attr("key_usage", OneOf(&["ENCRYPT_DECRYPT"])).default(Str("ENCRYPT_DECRYPT")),
                attr("customer_master_key_spec", OneOf(&["SYMMETRIC_DEFAULT"])).default(Str("SYMMETRIC_DEFAULT")),
                attr("custom_key_store_id", Is(Str(""))).default(Str("")),
            ]),
    }
}
