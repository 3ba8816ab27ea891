use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_autoscaling_group` has `tag` blocks, each with `propagate_at_launch = true` (the argument
    /// is required in the block). A group without `tag` blocks fails: its instances are launched
    /// untagged (unless its launch template tags them, which this rule does not read). A value
    /// unknown until apply gives Unknown.
    ///
    /// Off by default (low severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Instances without the group's tags escape cost allocation, ownership and tag-based access
    /// control (ABAC) and automation.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_autoscaling_group" "web" {
    ///   tag {
    ///     key                 = "team"
    ///     value               = "web"
    ///     propagate_at_launch = false
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    ///   tag {
    ///     key                 = "team"
    ///     value               = "web"
    ///     propagate_at_launch = true
    ///   }
    /// ```
    pub struct AsgTagsNotPropagated {
        id: "AWS-ASG-004",
        slug: "autoscaling-group-tags-not-propagated",
        service: "autoscaling",
        category: "tagging",
        severity: Low,
        title: "Auto Scaling group tags not propagated at launch",
        types: ["aws_autoscaling_group"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_153", Kics "autoscaling_groups_supply_tags"],
        check: Spec::all(&[attr("tag", Set).risk("instances it launches carry no tags"), attr("tag.*.propagate_at_launch", Is(Bool(true))).risk("instances it launches do not carry this tag")]),
    }
}
