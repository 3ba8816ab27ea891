use crate::model::{Eff, Mode, Val};
use crate::rules::{declare_rule, tri_bool, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The plan has an `aws_cloudtrail` that logs (when it manages any AWS resource at all):
    /// a trail with `enable_logging = false` records nothing and does not count, nor does one
    /// whose event selectors all leave management events out (`include_management_events =
    /// false`, or advanced selectors none of which selects `eventCategory` `Management`): it
    /// records no change to the account. One whose `enable_logging` or selectors are unknown
    /// until apply makes the result Unknown. Judged on the stack. A trail created by another stack (an organisation trail) makes this a known
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
                Some(true) => match management_events(cx, t) {
                    Some(true) => {
                        let msg = format!("trail {}", t.address);
                        cx.push_stack("", Status::Pass, msg);
                        return;
                    }
                    Some(false) => off.push(&*t.address),
                    None => {
                        open.get_or_insert(format!(
                            "the event selectors of {} are known only at apply",
                            t.address
                        ));
                    }
                },
                Some(false) => off.push(&*t.address),
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
                "no trail logs management events: enable_logging is false, or the event \
                 selectors leave management events out, on {}",
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

/// Whether the trail records management events: no selectors (the default), a basic selector
/// that includes them (its default), or an advanced selector of `eventCategory` `Management`.
/// None when a selector is known only at apply.
fn management_events(cx: &Cx, t: &crate::model::Resource) -> Option<bool> {
    let count = |path: &str| match cx.stack.eff(t, path) {
        Eff::Known(Val::Arr(items)) => Some(items.len()),
        Eff::NotSet | Eff::Known(Val::Null) => Some(0),
        _ => None,
    };
    let basic = count("event_selector")?;
    let advanced = count("advanced_event_selector")?;
    if basic == 0 && advanced == 0 {
        return Some(true);
    }
    for i in 0..basic {
        match tri_bool(
            &cx.stack
                .eff(t, &format!("event_selector.{i}.include_management_events")),
            true,
        ) {
            Some(true) => return Some(true),
            Some(false) => {}
            None => return None,
        }
    }
    for i in 0..advanced {
        let fields = count(&format!("advanced_event_selector.{i}.field_selector"))?;
        for j in 0..fields {
            let at = format!("advanced_event_selector.{i}.field_selector.{j}");
            let field = cx.stack.eff(t, &format!("{at}.field"));
            let equals = cx.stack.eff(t, &format!("{at}.equals"));
            match (&field, &equals) {
                (Eff::Known(Val::Str(f)), Eff::Known(v)) if f.as_ref() == "eventCategory" => {
                    if v.strings().contains(&"Management") {
                        return Some(true);
                    }
                }
                (Eff::Known(Val::Str(f)), _) if f.as_ref() == "eventCategory" => return None,
                (Eff::Known(_), _) => {}
                _ => return None,
            }
        }
    }
    Some(false)
}
