use crate::model::Mode;
use crate::rules::{declare_rule, tri_bool, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The plan has an `aws_cloudtrail` that logs (when it manages any AWS resource at all):
    /// a trail with `enable_logging = false` records nothing and does not count; one whose
    /// `enable_logging` is unknown until apply makes the result Unknown. Judged on the stack. A trail created by another stack (an organisation trail) makes this a known
    /// exception: suppress it in tfaudit.toml with the reason.
    ///
    /// ## Why it matters
    /// Without a trail there is no record of who changed what in the account: no incident
    /// response, no audit.
    ///
    /// ## Example
    /// A stack of VPCs, databases and buckets, and no `aws_cloudtrail`.
    ///
    /// ## Fix
    /// Add a multi-region trail with log file validation and KMS encryption, or rely on an
    /// organisation trail and suppress this finding.
    pub struct NoCloudtrail {
        id: "AWS-CT-001",
        slug: "no-cloudtrail",
        service: "cloudtrail",
        category: "logging",
        severity: Critical,
        title: "No CloudTrail in the stack",
        types: ["aws_cloudtrail"],
        default_enabled: true,
        presence: true,
    }
}

impl Rule for NoCloudtrail {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        let any_aws = stack
            .resources
            .iter()
            .any(|r| r.mode == Mode::Managed && r.rtype.starts_with("aws_") && !r.is_deleted());
        if !any_aws {
            return;
        }
        let mut off = Vec::new();
        let mut open = None;
        for (_, t) in cx.live("aws_cloudtrail") {
            let e = cx.stack.eff(t, "enable_logging");
            match tri_bool(&e, true) {
                Some(true) => {
                    let msg = format!("trail {}", t.address);
                    cx.push_stack("", Status::Pass, msg);
                    return;
                }
                Some(false) => off.push(t.address.as_str()),
                None => {
                    open.get_or_insert(format!(
                        "the enable_logging of {} is {}",
                        t.address,
                        unknown_reason(&e)
                    ));
                }
            }
        }
        let missing = if off.is_empty() {
            "no aws_cloudtrail in the plan".to_string()
        } else {
            format!(
                "no trail logs: enable_logging is false on {}",
                off.join(", ")
            )
        };
        match open {
            Some(why) => cx.push_stack(
                "",
                Status::Unknown,
                format!("no trail is known to log: {why}"),
            ),
            None => cx.push_stack("", Status::Fail, missing),
        }
    }
}
