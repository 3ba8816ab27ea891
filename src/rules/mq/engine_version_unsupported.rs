use crate::model::{Eff, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_mq_broker` and `aws_mq_configuration` run an engine version Amazon MQ still
    /// supports on the day of the run: past a version's end of support, Amazon MQ upgrades the
    /// broker in a maintenance window within 45 days, and no new broker can be created on it.
    /// The calendar (Amazon MQ developer guide, "Managing Amazon MQ for ActiveMQ engine
    /// versions" and "... for RabbitMQ engine versions"; read 2026-11-30): ActiveMQ 5.15 ended
    /// 2024-09-16, 5.16 2024-11-15, 5.17 2025-06-16 (5.18 and 5.19 supported); RabbitMQ 3.12
    /// ended 2025-03-17 (3.13 and 4.2 supported). Versions older than the oldest listed ended
    /// earlier; newer ones are supported. A version unknown until apply is Unknown. Off by
    /// default (`--profile strict`).
    ///
    /// ## Why it matters
    /// An unsupported engine gets no security fixes, and the forced upgrade happens on AWS's
    /// schedule rather than yours, with the brokers' restarts it brings.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_mq_broker" "orders" {
    ///   engine_type    = "ActiveMQ"
    ///   engine_version = "5.16.7"
    ///   # ...
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_mq_broker" "orders" {
    ///   engine_type                = "ActiveMQ"
    ///   engine_version             = "5.19"
    ///   auto_minor_version_upgrade = true
    ///   # ...
    /// }
    /// ```
    pub struct EngineVersionUnsupported {
        id: "AWS-MQ-006",
        slug: "mq-engine-version-unsupported",
        service: "mq",
        category: "operations",
        severity: Medium,
        title: "Amazon MQ engine version out of support",
        types: ["aws_mq_broker", "aws_mq_configuration"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_208"],
    }
}

/// (engine, minor version, end of support), oldest first per engine.
const CALENDAR: &[(&str, (u32, u32), &str)] = &[
    ("activemq", (5, 15), "2024-09-16"),
    ("activemq", (5, 16), "2024-11-15"),
    ("activemq", (5, 17), "2025-06-16"),
    ("rabbitmq", (3, 12), "2025-03-17"),
];

fn minor(v: &str) -> Option<(u32, u32)> {
    let mut it = v.trim().split('.');
    Some((it.next()?.parse().ok()?, it.next()?.parse().ok()?))
}

/// The verdict on one engine and version, on `today` (YYYY-MM-DD).
fn verdict(engine: &str, version: &str, today: &str) -> (Status, String) {
    let engine_key = engine.to_ascii_lowercase();
    let Some(v) = minor(version) else {
        return (
            Status::Unknown,
            format!("engine_version {version:?} is not a version number"),
        );
    };
    let dates: Vec<_> = CALENDAR
        .iter()
        .filter(|(e, _, _)| *e == engine_key)
        .collect();
    let Some(oldest) = dates.first() else {
        return (
            Status::Unknown,
            format!("engine_type {engine:?} is not in the support calendar"),
        );
    };
    match dates.iter().find(|(_, m, _)| *m == v) {
        Some((_, _, end)) if *end <= today => (
            Status::Fail,
            format!("{engine} {version}: Amazon MQ ended its support on {end}"),
        ),
        Some((_, _, end)) => (
            Status::Pass,
            format!("{engine} {version} is supported until {end}"),
        ),
        None if v < oldest.1 => (
            Status::Fail,
            format!(
                "{engine} {version} is older than {}.{}, whose support ended on {}",
                oldest.1 .0, oldest.1 .1, oldest.2
            ),
        ),
        None => (Status::Pass, format!("{engine} {version} is supported")),
    }
}

impl Rule for EngineVersionUnsupported {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let today = cx.today();
        for t in Self::META.types {
            for (_, r) in cx.live(t) {
                let engine = cx.stack.eff(r, "engine_type");
                let version = cx.stack.eff(r, "engine_version");
                let (status, msg) = match (&engine, &version) {
                    (Eff::Known(Val::Str(e)), Eff::Known(Val::Str(v))) => verdict(e, v, &today),
                    (Eff::Known(Val::Str(_)), e) | (e, _) => (
                        Status::Unknown,
                        format!("the engine or its version is {}", unknown_reason(e)),
                    ),
                };
                let prov = cx.stack.provenance(r, "engine_version");
                cx.push(r, "engine_version", status, msg, prov);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar() {
        let d = "2026-11-30";
        assert_eq!(verdict("ActiveMQ", "5.17.6", d).0, Status::Fail);
        assert_eq!(verdict("ActiveMQ", "5.15.16", "2024-01-01").0, Status::Pass);
        assert_eq!(verdict("ActiveMQ", "5.14.5", d).0, Status::Fail);
        assert_eq!(verdict("ActiveMQ", "5.18", d).0, Status::Pass);
        assert_eq!(verdict("RabbitMQ", "3.12.13", d).0, Status::Fail);
        assert_eq!(verdict("RabbitMQ", "3.11.20", d).0, Status::Fail);
        assert_eq!(verdict("RabbitMQ", "3.13", d).0, Status::Pass);
        assert_eq!(verdict("RabbitMQ", "latest", d).0, Status::Unknown);
    }
}
