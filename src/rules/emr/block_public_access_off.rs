use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_emr_block_public_access_configuration.block_public_security_group_rules` is
    /// `true`. The argument is required, so an unset value cannot occur; a value known only
    /// at apply is Unknown. Accounts that do not declare the resource are not judged (the
    /// account setting, on by default for new accounts, is outside the plan).
    ///
    /// ## Why it matters
    /// Block public access stops EMR clusters from starting with security group rules open to
    /// `0.0.0.0/0` or `::/0` (except the ports you list): turning it off lets a cluster's
    /// Hadoop, Spark or Jupyter interfaces face the internet.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_emr_block_public_access_configuration" "account" {
    ///   block_public_security_group_rules = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `block_public_security_group_rules = true` (and list only port 22 if needed in
    /// `permitted_public_security_group_rule_range`).
    pub struct BlockPublicAccessOff {
        id: "AWS-EMR-004",
        slug: "emr-block-public-access-off",
        service: "emr",
        category: "network",
        severity: Critical,
        title: "EMR block public access turned off",
        types: ["aws_emr_block_public_access_configuration"],
        default_enabled: true,
        covers: [Fsbp "EMR.2", Checkov "CKV_AWS_390"],
        check: Spec::all(&[attr("block_public_security_group_rules", Is(Bool(true)))
            .risk("EMR clusters can start with security groups open to the internet")]),
    }
}
