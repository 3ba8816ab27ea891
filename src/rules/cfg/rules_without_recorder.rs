use crate::model::{Eff, Resource};
use crate::rules::{declare_rule, tri_bool, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// When the plan has AWS Config rules (`aws_config_config_rule`) or conformance packs, it
    /// also has what makes them run: an `aws_config_configuration_recorder`, an
    /// `aws_config_delivery_channel`, and an `aws_config_configuration_recorder_status` with
    /// `is_enabled = true`, in each region that has rules (a rule evaluates what its own
    /// region records). A region or status unknown at plan time gives Unknown. Judged on the
    /// stack.
    ///
    /// ## Why it matters
    /// Rules without a running recorder evaluate nothing: the compliance dashboard stays empty
    /// and every rule looks compliant.
    ///
    /// ## Example
    /// `aws_config_config_rule` resources and no recorder.
    ///
    /// ## Fix
    /// Add the recorder, a delivery channel, and a recorder status with `is_enabled = true`.
    pub struct RulesWithoutRecorder {
        id: "AWS-CFG-001",
        slug: "config-rules-without-recorder",
        service: "config",
        category: "monitoring",
        severity: High,
        title: "Config rules without a recorder",
        types: ["aws_config_config_rule", "aws_config_conformance_pack", "aws_config_configuration_recorder", "aws_config_delivery_channel", "aws_config_configuration_recorder_status"],
        default_enabled: true,
        presence: true,
    }
}

impl Rule for RulesWithoutRecorder {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        // Config rules evaluate what their own region records: each region with rules needs
        // its recorder, delivery channel and enabled status.
        let mut regions: Vec<Option<String>> = Vec::new();
        for t in ["aws_config_config_rule", "aws_config_conformance_pack"] {
            for (_, r) in cx.live(t) {
                let region = stack.region(r);
                if !regions.contains(&region) {
                    regions.push(region);
                }
            }
        }
        if regions.is_empty() {
            return;
        }
        let in_region = |t: &str, region: &Option<String>| -> Vec<&Resource> {
            cx.live(t)
                .map(|(_, r)| r)
                .filter(|r| stack.region(r).is_none_or(|x| Some(x) == *region))
                .collect()
        };
        let mut missing = Vec::new();
        let mut unknown = None;
        for region in &regions {
            let Some(name) = region else {
                unknown.get_or_insert("the region of a Config rule is unknown".to_string());
                continue;
            };
            let mut lacks = Vec::new();
            for t in [
                "aws_config_configuration_recorder",
                "aws_config_delivery_channel",
            ] {
                let here = in_region(t, region);
                if here.is_empty() {
                    lacks.push(t.to_string());
                } else if here.iter().any(|r| stack.region(r).is_none()) {
                    unknown.get_or_insert(format!("the region of {} is unknown", here[0].address));
                }
            }
            let mut enabled = false;
            let mut open = None;
            for s in in_region("aws_config_configuration_recorder_status", region) {
                let e = stack.eff(s, "is_enabled");
                if matches!(e, Eff::Unresolved(_) | Eff::FromResources { .. }) {
                    open.get_or_insert(format!(
                        "whether {} enables recording is unknown until apply",
                        s.address
                    ));
                }
                if stack.region(s).is_none() {
                    open.get_or_insert(format!("the region of {} is unknown", s.address));
                }
                enabled |= tri_bool(&e, false) == Some(true);
            }
            if let (false, Some(why)) = (enabled, open) {
                unknown.get_or_insert(why);
            } else if !enabled {
                lacks.push(
                    "an aws_config_configuration_recorder_status with is_enabled = true"
                        .to_string(),
                );
            }
            if !lacks.is_empty() {
                missing.push(if regions.len() > 1 || regions[0].is_none() {
                    format!("{} in {name}", lacks.join(", "))
                } else {
                    lacks.join(", ")
                });
            }
        }
        match (missing.is_empty(), unknown) {
            (false, _) => cx.push_stack(
                "",
                Status::Fail,
                format!("Config rules without {}", missing.join("; ")),
            ),
            (true, Some(why)) => cx.push_stack("", Status::Unknown, why),
            (true, None) => cx.push_stack(
                "",
                Status::Pass,
                "recorder, delivery channel and enabled status present in every region with Config rules".into(),
            ),
        }
    }
}
