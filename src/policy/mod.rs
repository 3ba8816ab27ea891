//! From rule results to an outcome: what is shown, and what fails the run.

pub mod config;

use crate::load::Kind;
use crate::rules::{Eval, Severity, Status};
use std::collections::BTreeMap;

/// How Unknown results gate (`--unknown`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum UnknownMode {
    /// Shown, and failing like Fail.
    Fail,
    /// Shown, not failing.
    Warn,
    /// Not shown, not failing.
    Ignore,
}

#[derive(Debug, Clone, Copy)]
pub struct Gate {
    pub fail_on: Severity,
    pub unknown: UnknownMode,
}

impl Default for Gate {
    fn default() -> Self {
        Gate {
            fail_on: Severity::Low,
            unknown: UnknownMode::Warn,
        }
    }
}

impl Gate {
    pub fn fails(&self, e: &Eval) -> bool {
        e.severity >= self.fail_on
            && match e.status {
                Status::Fail => true,
                Status::Unknown => self.unknown == UnknownMode::Fail,
                Status::Pass => false,
            }
    }
}

#[derive(Debug, Default, Clone)]
pub struct Summary {
    pub resources: usize,
    pub evaluated: usize,
    pub passed: usize,
    pub failed: usize,
    pub unknown: usize,
    /// Shown findings (fail and unknown) by severity.
    pub by_severity: BTreeMap<Severity, usize>,
    /// Findings at or above the threshold that fail the run.
    pub failing: usize,
}

/// One input's outcome.
pub struct FileOutcome {
    pub path: String,
    pub kind: Kind,
    pub summary: Summary,
    /// Findings to show (fail, and unknown unless ignored), in report order.
    pub findings: Vec<Eval>,
    /// Every evaluation, passes included (JUnit lists them).
    pub evals: Vec<Eval>,
}

pub fn decide(
    path: String,
    kind: Kind,
    resources: usize,
    evals: Vec<Eval>,
    gate: &Gate,
) -> FileOutcome {
    let mut s = Summary {
        resources,
        evaluated: evals.len(),
        ..Summary::default()
    };
    let mut findings = Vec::new();
    for e in &evals {
        let e = e.clone();
        match e.status {
            Status::Pass => {
                s.passed += 1;
                continue;
            }
            Status::Fail => s.failed += 1,
            Status::Unknown => s.unknown += 1,
        }
        if e.status == Status::Unknown && gate.unknown == UnknownMode::Ignore {
            continue;
        }
        if gate.fails(&e) {
            s.failing += 1;
        }
        *s.by_severity.entry(e.severity).or_default() += 1;
        findings.push(e);
    }
    FileOutcome {
        path,
        kind,
        summary: s,
        findings,
        evals,
    }
}
