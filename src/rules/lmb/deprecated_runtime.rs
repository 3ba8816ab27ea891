use crate::model::Eff;
use crate::model::Val;
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Severity, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_lambda_function.runtime` against a dated table of Lambda runtime deprecations
    /// (AWS Lambda developer guide, "Lambda runtimes" → deprecated runtimes, and the runtime
    /// deprecation policy). A runtime deprecated on or before today fails (high); one deprecated
    /// within the next 90 days fails at `info` severity, so it shows without gating merges.
    /// Container-image functions have no runtime and are not judged. The parameter `deprecated`
    /// adds entries (`"runtime=YYYY-MM-DD"`, or just the runtime for "already deprecated").
    ///
    /// ## Why it matters
    /// A deprecated runtime gets no security patches; after the block dates AWS refuses to create
    /// and then to update such functions, so the next deploy fails on the day it is needed.
    ///
    /// ## Example
    /// `runtime = "python3.8"` (deprecated 2024-10-14).
    ///
    /// ## Fix
    /// Move to a supported runtime, e.g. `runtime = "python3.13"` or `"nodejs22.x"`, and test.
    pub struct DeprecatedRuntime {
        id: "AWS-LMB-001",
        slug: "deprecated-lambda-runtime",
        service: "lambda",
        category: "operations",
        severity: High,
        title: "Deprecated Lambda runtime",
        types: ["aws_lambda_function"],
        default_enabled: true,
        params: [("deprecated", "strings")],
        covers: [Fsbp "Lambda.2", Checkov "CKV_AWS_363"],
    }
}

/// Runtime identifier and its deprecation date, per the AWS Lambda runtime documentation.
/// Only dates AWS has announced; runtimes whose date is not final are left out.
pub const DEPRECATIONS: &[(&str, &str)] = &[
    ("dotnet5.0", "2022-05-10"),
    ("dotnet6", "2024-12-20"),
    ("dotnet7", "2024-05-14"),
    ("dotnet8", "2026-11-10"),
    ("dotnetcore1.0", "2019-06-27"),
    ("dotnetcore2.0", "2019-05-30"),
    ("dotnetcore2.1", "2022-01-05"),
    ("dotnetcore3.1", "2023-04-03"),
    ("go1.x", "2024-01-08"),
    ("java8", "2024-01-08"),
    ("nodejs", "2016-10-31"),
    ("nodejs10.x", "2021-07-30"),
    ("nodejs12.x", "2023-03-31"),
    ("nodejs14.x", "2023-12-04"),
    ("nodejs16.x", "2024-06-12"),
    ("nodejs18.x", "2025-09-01"),
    ("nodejs20.x", "2026-04-30"),
    ("nodejs4.3", "2020-03-05"),
    ("nodejs4.3-edge", "2019-04-30"),
    ("nodejs6.10", "2019-08-12"),
    ("nodejs8.10", "2020-03-06"),
    ("provided", "2024-01-08"),
    ("python2.7", "2021-07-15"),
    // AWS Health notice (2026-04): "ending support for Python 3.10 in Lambda on October 31, 2026".
    ("python3.10", "2026-10-31"),
    ("python3.6", "2022-07-18"),
    ("python3.7", "2023-12-04"),
    ("python3.8", "2024-10-14"),
    ("python3.9", "2025-12-15"),
    ("ruby2.5", "2021-07-30"),
    ("ruby2.7", "2023-12-07"),
    ("ruby3.2", "2026-03-31"),
];

/// Days from 0000-03-01 of a `YYYY-MM-DD` date (for differences only).
pub fn day_number(date: &str) -> Option<i64> {
    let mut it = date.splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (it.next()??, it.next()??, it.next()??);
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    Some(365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + d - 1)
}

/// The verdict for `runtime` on `today`, with `extra` table entries ("rt" or "rt=date").
pub fn verdict(runtime: &str, today: &str, extra: &[String]) -> (Status, Severity, String) {
    let date = extra
        .iter()
        .find_map(|e| match e.split_once('=') {
            Some((rt, d)) if rt == runtime => Some(d.to_string()),
            None if e == runtime => Some("0000-01-01".to_string()),
            _ => None,
        })
        .or_else(|| {
            DEPRECATIONS
                .iter()
                .find(|(rt, _)| *rt == runtime)
                .map(|(_, d)| d.to_string())
        });
    let Some(date) = date else {
        return (
            Status::Pass,
            Severity::High,
            format!("runtime {runtime} is supported"),
        );
    };
    let when = if date.starts_with("0000") {
        String::new()
    } else {
        format!(" on {date}")
    };
    if date.as_str() <= today {
        return (
            Status::Fail,
            Severity::High,
            format!("runtime {runtime} was deprecated{when}"),
        );
    }
    let days = day_number(&date).zip(day_number(today)).map(|(a, b)| a - b);
    match days {
        Some(n) if n <= 90 => (
            Status::Fail,
            Severity::Info,
            format!("runtime {runtime} is deprecated{when}, in {n} days"),
        ),
        _ => (
            Status::Pass,
            Severity::High,
            format!("runtime {runtime} is supported until {date}"),
        ),
    }
}

impl Rule for DeprecatedRuntime {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let extra = cx.strings_param("deprecated", &[]);
        let today = cx.today();
        for (_, r) in cx.live("aws_lambda_function") {
            match cx.stack.eff(r, "runtime") {
                Eff::Known(Val::Str(rt)) if !rt.is_empty() => {
                    let (status, severity, msg) = verdict(rt, &today, &extra);
                    cx.report_as(r, severity, "runtime", status, msg);
                }
                Eff::Known(_) | Eff::NotSet => {}
                e => {
                    let msg = format!("runtime is {}", unknown_reason(&e));
                    cx.report(r, "runtime", Status::Unknown, msg);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dated_table() {
        assert_eq!(verdict("python3.8", "2026-11-23", &[]).0, Status::Fail);
        assert_eq!(verdict("python3.13", "2026-11-23", &[]).0, Status::Pass);
        assert_eq!(verdict("python3.10", "2026-11-23", &[]).0, Status::Fail);
        // Ninety days ahead: a warning at info severity.
        let soon = verdict("dotnet8", "2026-09-01", &[]);
        assert_eq!((soon.0, soon.1), (Status::Fail, Severity::Info));
        assert!(soon.2.contains("in 70 days"), "{}", soon.2);
        assert_eq!(verdict("dotnet8", "2026-01-01", &[]).0, Status::Pass);
        assert_eq!(verdict("dotnet8", "2026-11-10", &[]).0, Status::Fail);
        let extra = vec!["java11".to_string(), "python3.11=2027-06-30".to_string()];
        assert_eq!(verdict("java11", "2026-11-23", &extra).0, Status::Fail);
        assert_eq!(verdict("python3.11", "2027-07-01", &extra).0, Status::Fail);
        assert_eq!(
            day_number("2024-03-01").unwrap() - day_number("2024-02-28").unwrap(),
            2
        );
        // The table is sorted and its dates are dates.
        assert!(DEPRECATIONS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(DEPRECATIONS.iter().all(|(_, d)| day_number(d).is_some()));
    }
}
