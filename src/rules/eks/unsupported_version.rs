use crate::model::{Action, Eff, Val};
use crate::rules::lmb::deprecated_runtime::day_number;
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Severity, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_eks_cluster.version` against a dated table of the end of standard support of each
    /// Kubernetes minor version on EKS (Amazon EKS user guide, "Understand the Kubernetes
    /// version lifecycle on EKS", <https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html>;
    /// 14 months of standard support, then 12 of extended support at extra cost, then a forced
    /// upgrade). A version past its end of standard support on today's date fails (high), and
    /// the message says when extended support ends; one whose standard support ends within 90
    /// days fails at `info` severity. Versions newer than the table pass. Unset on a new
    /// cluster, EKS picks its current default version: it passes. A version known only at
    /// apply is Unknown.
    ///
    /// ## Why it matters
    /// Past standard support a version gets patches only under paid extended support, and past
    /// that EKS upgrades the control plane on its own schedule, which can break workloads that
    /// use removed APIs on a day nobody chose.
    ///
    /// ## Example
    /// `version = "1.29"` (standard support ended 2025-03-23).
    ///
    /// ## Fix
    /// Upgrade one minor version at a time to a version in standard support (check the
    /// Kubernetes API deprecations and the add-on versions first), e.g. `version = "1.34"`.
    pub struct UnsupportedVersion {
        id: "AWS-EKS-005",
        slug: "eks-unsupported-kubernetes-version",
        service: "eks",
        category: "operations",
        severity: High,
        title: "EKS Kubernetes version out of standard support",
        types: ["aws_eks_cluster"],
        default_enabled: true,
        covers: [Fsbp "EKS.2", Checkov "CKV_AWS_339"],
    }
}

/// Kubernetes minor version, end of standard support, end of extended support on Amazon EKS
/// (Amazon EKS Kubernetes release calendar; versions before 1.23 ended before extended
/// support existed).
pub const CALENDAR: &[(&str, &str, &str)] = &[
    ("1.23", "2023-10-11", "2024-10-11"),
    ("1.24", "2024-01-31", "2025-01-31"),
    ("1.25", "2024-05-01", "2025-05-01"),
    ("1.26", "2024-06-11", "2025-06-11"),
    ("1.27", "2024-07-24", "2025-07-24"),
    ("1.28", "2024-11-26", "2025-11-26"),
    ("1.29", "2025-03-23", "2026-03-23"),
    ("1.30", "2025-07-23", "2026-07-23"),
    ("1.31", "2025-11-26", "2026-11-26"),
    ("1.32", "2026-03-23", "2027-03-23"),
    ("1.33", "2026-07-29", "2027-07-29"),
    ("1.34", "2026-12-02", "2027-12-02"),
    ("1.35", "2027-03-27", "2028-03-27"),
];

/// `1.29` → (1, 29); `1.29.3` and `v1.29` read the same.
fn minor(v: &str) -> Option<(u32, u32)> {
    let mut it = v.trim().trim_start_matches('v').split('.');
    Some((it.next()?.parse().ok()?, it.next()?.parse().ok()?))
}

/// The verdict for `version` on `today`.
pub fn verdict(version: &str, today: &str) -> (Status, Severity, String) {
    let Some(v) = minor(version) else {
        return (
            Status::Unknown,
            Severity::High,
            format!("version {version:?} is not a Kubernetes minor version"),
        );
    };
    let entry = CALENDAR.iter().find(|(k, _, _)| minor(k) == Some(v));
    let oldest = CALENDAR.first().and_then(|(k, _, _)| minor(k));
    let Some((_, standard, extended)) = entry else {
        if oldest.is_some_and(|o| v < o) {
            return (
                Status::Fail,
                Severity::High,
                format!("Kubernetes {version} is no longer supported on EKS"),
            );
        }
        return (
            Status::Pass,
            Severity::High,
            format!("Kubernetes {version} is newer than the support calendar: supported"),
        );
    };
    if *extended <= today {
        return (
            Status::Fail,
            Severity::High,
            format!("Kubernetes {version}: even extended support ended on {extended}"),
        );
    }
    if *standard <= today {
        return (
            Status::Fail,
            Severity::High,
            format!(
                "Kubernetes {version}: standard support ended on {standard}; extended support \
                 (billed per cluster hour) ends on {extended}"
            ),
        );
    }
    match day_number(standard)
        .zip(day_number(today))
        .map(|(a, b)| a - b)
    {
        Some(n) if n <= 90 => (
            Status::Fail,
            Severity::Info,
            format!("Kubernetes {version}: standard support ends on {standard}, in {n} days"),
        ),
        _ => (
            Status::Pass,
            Severity::High,
            format!("Kubernetes {version} is in standard support until {standard}"),
        ),
    }
}

impl Rule for UnsupportedVersion {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let today = cx.today();
        for (_, r) in cx.live("aws_eks_cluster") {
            match cx.stack.eff(r, "version") {
                Eff::Known(Val::Str(v)) if !v.is_empty() => {
                    let (status, severity, msg) = verdict(v, &today);
                    cx.report_as(r, severity, "version", status, msg);
                }
                Eff::NotSet | Eff::Known(Val::Null)
                    if matches!(r.action, Action::Create | Action::Replace) =>
                {
                    let msg = "version is not set: EKS creates the cluster with its current \
                               default version"
                        .to_string();
                    cx.report(r, "version", Status::Pass, msg);
                }
                e => {
                    let msg = format!("version is {}", unknown_reason(&e));
                    cx.report(r, "version", Status::Unknown, msg);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dated_calendar() {
        assert_eq!(verdict("1.29", "2026-11-30").0, Status::Fail);
        assert_eq!(verdict("1.22", "2026-11-30").0, Status::Fail);
        assert_eq!(verdict("1.35", "2026-11-30").0, Status::Pass);
        assert_eq!(verdict("1.40", "2026-11-30").0, Status::Pass);
        let soon = verdict("1.34", "2026-11-30");
        assert_eq!((soon.0, soon.1), (Status::Fail, Severity::Info));
        assert!(soon.2.contains("in 2 days"), "{}", soon.2);
        assert_eq!(verdict("1.34", "2026-12-02").1, Severity::High);
        assert_eq!(verdict("1.32", "2025-06-01").0, Status::Pass);
        assert!(CALENDAR.windows(2).all(|w| minor(w[0].0) < minor(w[1].0)));
        assert!(CALENDAR
            .iter()
            .all(|(_, s, e)| day_number(s).is_some() && day_number(e).is_some() && s < e));
    }
}
