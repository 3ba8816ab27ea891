use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Every `aws_autoscaling_group` is named in the `group_names` of an
    /// `aws_autoscaling_notification`, found through the configuration across modules.
    ///
    /// ## Why it matters
    /// Launch failures and terminations happen without anyone knowing: a group that cannot
    /// launch instances (a bad AMI, no capacity, a broken launch template) runs short until
    /// someone notices the outage.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_autoscaling_group" "web" {
    ///   # ...
    /// }
    /// # no aws_autoscaling_notification for it
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_autoscaling_notification" "web" {
    ///   group_names   = [aws_autoscaling_group.web.name]
    ///   notifications = ["autoscaling:EC2_INSTANCE_LAUNCH_ERROR", "autoscaling:EC2_INSTANCE_TERMINATE_ERROR"]
    ///   topic_arn     = aws_sns_topic.ops.arn
    /// }
    /// ```
    pub struct AsgWithoutNotifications {
        id: "AWS-ASG-001",
        slug: "autoscaling-group-without-notifications",
        service: "autoscaling",
        category: "monitoring",
        severity: Low,
        title: "ASG without scaling notifications",
        types: ["aws_autoscaling_group", "aws_autoscaling_notification"],
        default_enabled: true,
    }
}

impl Rule for AsgWithoutNotifications {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_autoscaling_group") {
            let (status, msg) = cx.partner_verdict(
                id,
                &[("aws_autoscaling_notification", "group_names")],
                "notifications by",
                "no aws_autoscaling_notification names this group",
            );
            cx.report(r, "", status, msg);
        }
    }
}
