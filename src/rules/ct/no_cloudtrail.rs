use crate::model::Mode;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The plan has an `aws_cloudtrail` (when it manages any AWS resource at all). Judged on
    /// the stack. A trail created by another stack (an organisation trail) makes this a known
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
        match cx.live("aws_cloudtrail").next() {
            Some((_, t)) => {
                let msg = format!("trail {}", t.address);
                cx.push_stack("", Status::Pass, msg);
            }
            None => cx.push_stack("", Status::Fail, "no aws_cloudtrail in the plan".into()),
        }
    }
}
