use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_ebs_encryption_by_default` has `enabled = true`. Unset, the resource's default is
    /// `true` and it passes; `false` fails (Terraform then turns the account's setting off in
    /// that region). A value unknown until apply is Unknown.
    ///
    /// The setting belongs to the account and region, not to a stack: a plan without an
    /// `aws_ebs_encryption_by_default` says nothing about it, and this rule reports nothing
    /// there (AWS's default for an account is off; AWS-EC2-011 judges each volume against the
    /// plan's setting, taking a missing one as off).
    ///
    /// ## Why it matters
    /// With encryption by default on, every new EBS volume and snapshot copy in the region is
    /// encrypted, whatever the template, console user or tool that creates it. Turned off,
    /// one forgotten `encrypted = true` leaves data unencrypted at rest, and an unencrypted
    /// volume cannot be encrypted in place.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ebs_encryption_by_default" "this" {
    ///   enabled = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_ebs_encryption_by_default" "this" {
    ///   enabled = true
    /// }
    /// ```
    /// in every region the account uses (one provider configuration per region).
    pub struct EbsEncryptionByDefaultOff {
        id: "AWS-EC2-016",
        slug: "ebs-encryption-by-default-off",
        service: "ec2",
        category: "encryption",
        severity: High,
        title: "EBS encryption by default turned off",
        types: ["aws_ebs_encryption_by_default"],
        default_enabled: true,
        covers: [Fsbp "EC2.7", Cis "2.2.1", Checkov "CKV_AWS_106", Kics "ebs_default_encryption_disabled"],
        check: Spec::all(&[attr("enabled", Is(Bool(true))).default(Bool(true)).risk("new volumes in this region are unencrypted unless each asks for encryption")]),
    }
}
