use crate::model::Eff;
use crate::rules::{declare_rule, tri_bool, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// When the plan has AWS Config rules (`aws_config_config_rule`) or conformance packs, it
    /// also has what makes them run: an `aws_config_configuration_recorder`, an
    /// `aws_config_delivery_channel`, and an `aws_config_configuration_recorder_status` with
    /// `is_enabled = true`. Judged on the stack.
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
        if cx.live("aws_config_config_rule").next().is_none()
            && cx.live("aws_config_conformance_pack").next().is_none()
        {
            return;
        }
        let mut missing = Vec::new();
        for t in [
            "aws_config_configuration_recorder",
            "aws_config_delivery_channel",
        ] {
            if cx.live(t).next().is_none() {
                missing.push(t.to_string());
            }
        }
        let mut unknown = None;
        let enabled = cx
            .live("aws_config_configuration_recorder_status")
            .any(|(_, s)| {
                let e = cx.stack.eff(s, "is_enabled");
                if matches!(e, Eff::Unresolved(_) | Eff::FromResources { .. }) {
                    unknown = Some(s.address.clone());
                }
                tri_bool(&e, false) == Some(true)
            });
        if !enabled {
            missing.push(
                "an aws_config_configuration_recorder_status with is_enabled = true".to_string(),
            );
        }
        match (missing.is_empty(), unknown) {
            (true, _) => cx.push_stack(
                "",
                Status::Pass,
                "recorder, delivery channel and enabled status present".into(),
            ),
            (false, Some(s)) if missing.len() == 1 && !enabled => cx.push_stack(
                "",
                Status::Unknown,
                format!("whether {s} enables recording is unknown until apply"),
            ),
            (false, _) => cx.push_stack(
                "",
                Status::Fail,
                format!("Config rules without {}", missing.join(", ")),
            ),
        }
    }
}
