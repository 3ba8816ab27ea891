use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every resource type named in `required_types` (in `[rules.AWS-STACK-001]` of
    /// tfaudit.toml) occurs at least once in the plan, among the resources it keeps. Judged on
    /// the stack. Off by default, and needs the list.
    ///
    /// ## Why it matters
    /// The seed's worst failure was a stack with most of its resources missing: no rule about
    /// a resource can fire on a resource that is not there.
    ///
    /// ## Example
    /// `required_types = ["aws_cloudtrail", "aws_config_configuration_recorder"]` and a plan
    /// without a trail.
    ///
    /// ## Fix
    /// Add the missing resources, or remove them from the manifest.
    pub struct RequiredTypesMissing {
        id: "AWS-STACK-001",
        slug: "required-resource-types-missing",
        service: "all",
        category: "completeness",
        severity: High,
        title: "Required resource types missing",
        types: ["(configured)"],
        default_enabled: false,
        presence: true,
        params: [("required_types", "strings")],
    }
}

impl Rule for RequiredTypesMissing {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let required = cx.strings_param("required_types", &[]);
        if required.is_empty() {
            return;
        }
        let missing: Vec<&str> = required
            .iter()
            .map(String::as_str)
            .filter(|t| cx.live(t).next().is_none())
            .collect();
        if missing.is_empty() {
            cx.push_stack("", Status::Pass, "every required type is present".into());
        } else {
            cx.push_stack("", Status::Fail, format!("missing: {}", missing.join(", ")));
        }
    }
}
