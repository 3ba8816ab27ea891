//! From rule results to an outcome: what is shown, and what fails the run.

pub mod baseline;
pub mod config;

use crate::model::Kind;
use crate::rules::{At, Eval, Evals, RuleMeta, Severity, Status};
use config::Settings;
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

/// `--fail-on`: a severity, or `none` (report, never fail: a soft fail).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    None,
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl FailOn {
    /// The gate's threshold, and whether nothing fails.
    pub fn threshold(self) -> (Severity, bool) {
        match self {
            FailOn::None => (Severity::Critical, true),
            FailOn::Info => (Severity::Info, false),
            FailOn::Low => (Severity::Low, false),
            FailOn::Medium => (Severity::Medium, false),
            FailOn::High => (Severity::High, false),
            FailOn::Critical => (Severity::Critical, false),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Gate {
    pub fail_on: Severity,
    pub unknown: UnknownMode,
    /// `--fail-on none`: findings are reported, none fails the run.
    pub soft_fail: bool,
}

impl Default for Gate {
    fn default() -> Self {
        Gate {
            fail_on: Severity::Low,
            unknown: UnknownMode::Warn,
            soft_fail: false,
        }
    }
}

impl Gate {
    pub fn fails(&self, e: &Eval) -> bool {
        !self.soft_fail
            && e.severity >= self.fail_on
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
    /// Resources of other providers than AWS: in the plan, outside tfaudit's rules.
    pub outside: usize,
    pub evaluated: usize,
    pub passed: usize,
    pub failed: usize,
    pub unknown: usize,
    /// Shown findings (fail and unknown) by severity.
    pub by_severity: BTreeMap<Severity, usize>,
    /// Findings at or above the threshold that fail the run.
    pub failing: usize,
    /// Findings hidden by a suppression of the configuration.
    pub suppressed: usize,
    /// Findings accepted in the baseline (not shown, not failing).
    pub baselined: usize,
    /// Baseline entries no longer found (reported on the first input).
    pub baseline_fixed: usize,
    /// Findings below `--severity`: not shown, not failing.
    pub below_severity: usize,
    /// `--quiet`: only failing findings are shown, and the table's summary is their count.
    pub quiet: bool,
    /// Under the `stack` profile, when presence rules fired: the one line that points at
    /// `--profile module`.
    pub hint: Option<String>,
    /// The root module directory whose `.tf` source was read for this input.
    pub source: Option<String>,
    /// Set when the source was not used: a block of the plan it does not have.
    pub source_mismatch: Option<String>,
}

/// The summary's line when stack-level presence rules fired under the default profile.
pub fn profile_hint(rules: &[&str]) -> String {
    format!(
        "stack-level rules fired ({}): for a plan that is one component of an account, --profile module turns them off",
        rules.join(", ")
    )
}

/// One input's outcome.
pub struct FileOutcome {
    pub path: String,
    pub kind: Kind,
    pub summary: Summary,
    /// Every evaluation, passes included (JUnit lists them), in report order.
    pub evals: Evals,
    /// The evaluations shown as findings (fail, and unknown unless ignored): places in
    /// `evals`, so that large plans do not hold every finding twice.
    pub shown: Vec<At>,
}

impl FileOutcome {
    /// Findings to show, in report order.
    pub fn findings(&self) -> impl Iterator<Item = &Eval> {
        self.shown.iter().map(|&at| self.evals.get(at))
    }
}

/// What decides an outcome: the gate, the configuration, and today's date (for expiry).
pub struct Policy<'a> {
    pub gate: Gate,
    pub settings: &'a Settings,
    pub today: String,
    pub baseline: Option<&'a baseline::Baseline>,
    /// The `.tf` source (`--source-dir`): locations and inline suppressions.
    pub source: Option<&'a crate::source::Source>,
}

/// What the configuration and baseline matched, across inputs.
pub struct Usage {
    pub suppressions: Vec<bool>,
    /// Inline suppressions of the source that matched something.
    pub inline: Vec<bool>,
    pub baseline: std::collections::BTreeSet<baseline::Entry>,
}

impl Usage {
    pub fn new(settings: &Settings) -> Usage {
        Usage {
            suppressions: vec![false; settings.suppressions.len()],
            inline: Vec::new(),
            baseline: Default::default(),
        }
    }
}

/// Apply the configuration (severity overrides, suppressions) and the gate to one input's
/// results, one list per rule in report order ([`crate::rules::run_lists`]). `used` marks
/// the suppressions that matched something.
pub fn decide(
    path: String,
    kind: Kind,
    (resources, outside): (usize, usize),
    mut lists: Vec<Vec<Eval>>,
    policy: &Policy,
    source_mismatch: Option<String>,
    used: &mut Usage,
) -> FileOutcome {
    let (gate, settings, today) = (&policy.gate, policy.settings, policy.today.as_str());
    let mut s = Summary {
        resources,
        outside,
        evaluated: lists.iter().map(Vec::len).sum(),
        ..Summary::default()
    };
    for list in &mut lists {
        let mut changed = false;
        for e in list.iter_mut() {
            if let Some(&sev) = settings.severity.get(e.rule.id) {
                changed |= e.severity != sev;
                e.severity = sev;
            }
        }
        if changed {
            crate::rules::sort(list);
        }
    }
    let evals = Evals::new(lists);
    // The source is used only when it has every root-module block of the plan.
    let source = match (policy.source, source_mismatch) {
        (Some(src), Some(lacks)) => {
            s.source_mismatch = Some(format!(
                "the source in {} {lacks}: it is not this plan's, and is not used",
                src.root
            ));
            None
        }
        (src, _) => src,
    };
    if let Some(src) = source {
        s.source = Some(src.root.clone());
        used.inline.resize(src.inline.len(), false);
    }
    let mut shown = Vec::new();
    for (at, e) in evals.iter_at() {
        match e.status {
            Status::Pass => {
                s.passed += 1;
                continue;
            }
            Status::Fail => s.failed += 1,
            Status::Unknown => s.unknown += 1,
        }
        let suppression = settings
            .suppressions
            .iter()
            .position(|sup| !sup.expired(today) && sup.matches(e.rule.id, &e.address));
        if let Some(i) = suppression {
            used.suppressions[i] = true;
            s.suppressed += 1;
            continue;
        }
        let inline = source.and_then(|src| {
            src.inline.iter().position(|sup| {
                !sup.expired(today) && sup.matches(e.rule.id, e.source.as_deref(), &e.attribute)
            })
        });
        if let Some(i) = inline {
            used.inline[i] = true;
            s.suppressed += 1;
            continue;
        }
        if let Some(b) = policy.baseline {
            let mut accepted = false;
            // An entry whose finding is still there, if worse, is not "fixed" either.
            for entry in b.recorded(e.rule.id, &e.address, &e.attribute, &path) {
                accepted |= baseline::Baseline::accepts(entry, e.status);
                used.baseline.insert(entry.clone());
            }
            if accepted {
                s.baselined += 1;
                continue;
            }
        }
        if e.status == Status::Unknown && gate.unknown == UnknownMode::Ignore {
            continue;
        }
        if e.severity < settings.view.min_severity {
            s.below_severity += 1;
            continue;
        }
        if settings.view.quiet && !gate.fails(e) {
            continue;
        }
        count_finding(&mut s, e, gate);
        shown.push(at);
    }
    s.quiet = settings.view.quiet;
    // Under --quiet the advice would be noise.
    if settings.profile == config::Profile::Stack && !settings.view.quiet {
        let mut presence: Vec<&str> = shown
            .iter()
            .map(|&at| evals.get(at))
            .filter(|e| e.rule.presence)
            .map(|e| e.rule.id)
            .collect();
        presence.sort_unstable();
        presence.dedup();
        if !presence.is_empty() {
            s.hint = Some(profile_hint(&presence));
        }
    }
    FileOutcome {
        path,
        kind,
        summary: s,
        evals,
        shown,
    }
}

fn count_finding(s: &mut Summary, e: &Eval, gate: &Gate) {
    if gate.fails(e) {
        s.failing += 1;
    }
    *s.by_severity.entry(e.severity).or_default() += 1;
}

/// Findings about the configuration itself: expired suppressions always, suppressions that
/// matched nothing with `--strict-config`. They join the first input's findings.
pub fn config_findings(outcome: &mut FileOutcome, policy: &Policy, used: &Usage, strict: bool) {
    let (gate, settings, today) = (&policy.gate, policy.settings, policy.today.as_str());
    if let Some(b) = policy.baseline {
        outcome.summary.baseline_fixed = b.entries.difference(&used.baseline).count();
    }
    let inline_used = &used.inline;
    let used = &used.suppressions;
    let file = settings
        .source
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| config::FILE_NAME.into());
    let mut found = Vec::new();
    for (i, sup) in settings.suppressions.iter().enumerate() {
        if sup.expired(today) {
            found.push((
                &EXPIRED_SUPPRESSION,
                format!("{file}: suppress[{i}]"),
                format!(
                    "suppression of {} on {} expired on {} ({})",
                    sup.rule,
                    sup.address,
                    sup.expires.as_deref().unwrap_or(""),
                    sup.reason
                ),
            ));
        } else if strict && !used.get(i).copied().unwrap_or(false) {
            found.push((
                &UNUSED_SUPPRESSION,
                format!("{file}: suppress[{i}]"),
                format!(
                    "suppression of {} on {} matched no finding ({})",
                    sup.rule, sup.address, sup.reason
                ),
            ));
        }
    }
    // Inline suppressions of a source that was used.
    if let Some(src) = policy.source.filter(|_| outcome.summary.source.is_some()) {
        for (i, sup) in src.inline.iter().enumerate() {
            let at = format!("{}:{}", sup.at.file, sup.at.line);
            if sup.expired(today) {
                found.push((
                    &EXPIRED_SUPPRESSION,
                    at,
                    format!(
                        "tfaudit:ignore {} expired on {} ({})",
                        sup.describe(),
                        sup.expires.as_deref().unwrap_or(""),
                        sup.reason
                    ),
                ));
            } else if strict && !inline_used.get(i).copied().unwrap_or(false) {
                found.push((
                    &UNUSED_SUPPRESSION,
                    at,
                    format!(
                        "tfaudit:ignore {} matched no finding ({})",
                        sup.describe(),
                        sup.reason
                    ),
                ));
            }
        }
    }
    for (rule, address, message) in found {
        let e = Eval {
            rule,
            severity: rule.severity,
            status: Status::Fail,
            address: address.into(),
            attribute: String::new().into(),
            message: message.into(),
            provenance: None,
            source: None,
        };
        outcome.summary.failed += 1;
        outcome.summary.evaluated += 1;
        // The same view as AWS findings: --severity and --quiet apply.
        if e.severity < settings.view.min_severity {
            outcome.summary.below_severity += 1;
            continue;
        }
        if settings.view.quiet && !gate.fails(&e) {
            continue;
        }
        count_finding(&mut outcome.summary, &e, gate);
        let at = outcome.evals.push(e);
        outcome.shown.push(at);
    }
}

/// Configuration findings are not AWS rules: they have IDs of their own.
pub static EXPIRED_SUPPRESSION: RuleMeta = RuleMeta {
    id: "TFAUDIT-CFG-001",
    slug: "suppression-expired",
    service: "tfaudit",
    category: "configuration",
    severity: Severity::Medium,
    title: "Suppression expired",
    types: &[],
    default_enabled: true,
    presence: false,
    params: &[],
    covers: &[],
    doc: " ## What it checks\n A `[[suppress]]` whose `expires` date has passed. The finding it hid is reported again.\n\n ## Why it matters\n An accepted risk was accepted until a date; past it, someone must decide again.\n\n ## Example\n `expires = \"2025-01-31\"`\n\n ## Fix\n Fix the finding, or renew the suppression with a new date and reason.\n",
};

pub static UNUSED_SUPPRESSION: RuleMeta = RuleMeta {
    id: "TFAUDIT-CFG-002",
    slug: "suppression-unused",
    service: "tfaudit",
    category: "configuration",
    severity: Severity::Low,
    title: "Suppression matched nothing",
    types: &[],
    default_enabled: true,
    presence: false,
    params: &[],
    covers: &[],
    doc: " ## What it checks\n With `--strict-config`: a `[[suppress]]` that hid no finding in this run.\n\n ## Why it matters\n Stale suppressions hide the next real finding that happens to match.\n\n ## Example\n A suppression for a resource that was removed.\n\n ## Fix\n Remove the suppression.\n",
};
