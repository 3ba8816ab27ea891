use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_autoscaling_group` does not set `launch_configuration` (it uses `launch_template` or
    /// `mixed_instances_policy` instead). A value unknown until apply — a launch configuration
    /// created in the same plan counts as set — fails or passes on what the configuration says.
    ///
    /// Off by default (medium severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Launch configurations are deprecated: AWS no longer adds instance types or features to them.
    /// Launch templates are versioned, support IMDSv2 settings, multiple instance types and Spot
    /// mixes.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_autoscaling_group" "web" {
    ///   launch_configuration = aws_launch_configuration.web.name
    ///   min_size             = 1
    ///   max_size             = 3
    ///   vpc_zone_identifier  = [aws_subnet.a.id]
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_autoscaling_group" "web" {
    ///   min_size            = 1
    ///   max_size            = 3
    ///   vpc_zone_identifier = [aws_subnet.a.id]
    ///   launch_template {
    ///     id      = aws_launch_template.web.id
    ///     version = "$Latest"
    ///   }
    /// }
    /// ```
    pub struct AsgUsesLaunchConfiguration {
        id: "AWS-ASG-003",
        slug: "autoscaling-group-uses-launch-configuration",
        service: "autoscaling",
        category: "configuration",
        severity: Medium,
        title: "Auto Scaling group uses a launch configuration",
        types: ["aws_autoscaling_group"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_315", Fsbp "AutoScaling.9"],
        check: Spec::all(&[attr("launch_configuration", NotSet).risk("launch configurations are deprecated and cannot require IMDSv2 by version or use newer instance types")]),
    }
}
