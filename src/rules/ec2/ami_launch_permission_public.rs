use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_ami_launch_permission` does not set `group = "all"`, which makes the AMI public.
    /// Permissions for one account, organization or organizational unit (`group` unset) pass.
    /// A value unknown until apply gives Unknown.
    ///
    /// Off by default (medium severity): run it with `--profile strict`. Checkov's CKV_AWS_205 fails every launch permission,
    /// even one naming a single account of the same organization; this rule fails only public
    /// sharing.
    ///
    /// ## Why it matters
    /// A public AMI can be launched by any AWS account, which then reads everything on its disks:
    /// baked-in keys, configuration, code.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ami_launch_permission" "public" {
    ///   image_id = aws_ami.golden.id
    ///   group    = "all"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_ami_launch_permission" "org" {
    ///   image_id         = aws_ami.golden.id
    ///   organization_arn = "arn:aws:organizations::111122223333:organization/o-abc123"
    /// }
    /// ```
    pub struct AmiLaunchPermissionPublic {
        id: "AWS-EC2-025",
        slug: "ami-launch-permission-public",
        service: "ec2",
        category: "access-control",
        severity: Medium,
        title: "AMI shared with everyone",
        types: ["aws_ami_launch_permission"],
        default_enabled: false,
        covers: [],
        check: Spec::all(&[attr("group", NoneOf(&["all"])).risk("every AWS account can launch the AMI and read its disks")]),
    }
}
