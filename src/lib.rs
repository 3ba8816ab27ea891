//! tfaudit: audit the effective AWS configuration in Terraform plans.
//!
//! Data flow, one module per arrow: [`load`] → [`model`] → [`rules`] → [`policy`] → [`report`].

pub mod cli;
pub mod load;
pub mod model;
pub mod policy;
pub mod report;
pub mod rules;
pub mod source;

/// How [`audit`] treats one input, besides the policy (which carries the rules and their
/// parameters).
pub struct AuditOptions<'a> {
    pub policy: &'a policy::Policy<'a>,
    /// Inputs larger than this are refused (bytes).
    pub max_input_bytes: u64,
    /// Keep only results on what the plan changes (and on what a changed control protects).
    pub changed_only: bool,
    /// Phase times on standard error (`TFAUDIT_TIMINGS=1`, for `make bench`).
    pub timings: bool,
    /// Leave the parsed plan to the operating system instead of freeing it node by node: for
    /// the last input of a process that ends next.
    pub leak: bool,
}

/// Audit one input — read, parse, model, rules, policy — into its outcome. The one pipeline
/// the CLI, the fuzz target and the tests call.
pub fn audit(
    input: &load::Input,
    opts: &AuditOptions,
    used: &mut policy::Usage,
) -> Result<policy::FileOutcome, load::LoadError> {
    let source = load::read_limited(input, opts.max_input_bytes)?;
    audit_source(source, opts, used)
}

/// [`audit`] of bytes already read.
pub fn audit_source(
    source: load::Source,
    opts: &AuditOptions,
    used: &mut policy::Usage,
) -> Result<policy::FileOutcome, load::LoadError> {
    let clock = std::time::Instant::now();
    let plan = load::parse(&source)?;
    let outcome = audit_parsed(&source, plan, clock, opts, used);
    if opts.leak {
        std::mem::forget(source);
    }
    Ok(outcome)
}

/// [`audit`] of a plan already parsed (`clock`: when its reading began, for the timings).
pub fn audit_parsed(
    source: &load::Source,
    plan: load::Plan,
    clock: std::time::Instant,
    opts: &AuditOptions,
    used: &mut policy::Usage,
) -> policy::FileOutcome {
    let stack = model::Stack::prepare(&plan);
    let outcome = audit_prepared(source, &plan, stack, clock, opts, used);
    if opts.leak {
        std::mem::forget(plan);
    }
    outcome
}

/// [`audit_parsed`] of a model whose plan-only part is built ([`model::Stack::prepare`]: the
/// CLI builds it while the `.tf` source is still being read).
pub fn audit_prepared<'p>(
    source: &load::Source,
    plan: &'p load::Plan<'p>,
    stack: model::Stack<'p>,
    clock: std::time::Instant,
    opts: &'p AuditOptions,
    used: &mut policy::Usage,
) -> policy::FileOutcome {
    let lap = |what: &str| {
        if opts.timings {
            // Resident memory, peak and now (Linux), for `make bench` and profiling.
            let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
            let field = |name: &str| {
                status
                    .lines()
                    .find_map(|l| l.strip_prefix(name))
                    .map_or("", str::trim)
                    .to_string()
            };
            eprintln!(
                "timing: {what} {:.4} s (peak memory {}, now {})",
                clock.elapsed().as_secs_f64(),
                field("VmHWM:"),
                field("VmRSS:")
            );
        }
    };
    lap("parse");
    // The `.tf` source is used only when it is the plan's: every root-module block in it.
    let src = opts.policy.source;
    let mismatch = src.and_then(|s| s.missing_in_plan(&plan.root));
    let exprs = src.filter(|_| mismatch.is_none()).map(|s| &s.exprs);
    let stack = stack.finish(exprs);
    lap("model");
    let settings = opts.policy.settings;
    let mut evals = rules::run_lists(&stack, &settings.rules, &settings.params);
    lap("rules");
    if opts.timings {
        let (spent, budget, rule_max) = stack.resolution_steps();
        eprintln!(
            "timing: resolution steps {spent} of a budget of {budget} (at most {rule_max} in one rule)"
        );
    }
    if opts.changed_only {
        retain_changed(&stack, &mut evals);
    }
    let outside = stack
        .resources
        .iter()
        .filter(|r| !r.rtype.starts_with("aws_"))
        .count();
    let outcome = policy::decide(
        source.name.clone(),
        plan.kind,
        (stack.resources.len(), outside),
        evals,
        opts.policy,
        mismatch,
        used,
    );
    if opts.leak {
        // Freeing a million tree nodes one by one would cost a fifth of the run on large
        // plans, and the OS reclaims them at once.
        std::mem::forget(stack);
    }
    outcome
}

/// `--changed-only`: results on resources the plan creates, updates, replaces or deletes, on
/// what a changed control or companion protects (a bucket whose versioning or policy changes,
/// a group whose rule changes), on configuration addresses and on the stack.
fn retain_changed(stack: &model::Stack, lists: &mut [Vec<rules::Eval>]) {
    use model::Action;
    let mut changed: std::collections::HashSet<&str> = Default::default();
    for r in stack.resources.iter().filter(|r| {
        matches!(
            r.action,
            Action::Create | Action::Update | Action::Replace | Action::Delete
        )
    }) {
        changed.insert(&*r.address);
        // A control that changes changes the verdict on what it protects.
        for id in rules::protected_by_control(stack, r) {
            changed.insert(&*stack.resources[id].address);
        }
    }
    // A companion that changes (`aws_s3_bucket_versioning` of a bucket, `aws_security_group_rule`
    // of a group) changes the verdict on the resource it belongs to.
    for (to, target) in stack.resources.iter().enumerate() {
        let of_it = |from: &model::Resource| {
            from.rtype
                .strip_prefix(target.rtype)
                .is_some_and(|rest| rest.starts_with('_'))
                || (target.rtype == "aws_security_group"
                    && from.rtype.starts_with("aws_vpc_security_group_"))
        };
        if stack.edges_to(to).any(|e| {
            let from = &stack.resources[e.from];
            changed.contains(&*from.address) && of_it(from)
        }) {
            changed.insert(&*target.address);
        }
    }
    // Block-level results (a subnet block) count when one of its instances changed.
    for evals in lists {
        evals.retain(|e| {
            &*e.address == rules::STACK
                || rules::is_configuration_address(&e.address)
                || changed.contains(&*e.address)
                || changed.iter().any(|a| {
                    a.strip_prefix(&*e.address)
                        .is_some_and(|rest| rest.starts_with('['))
                })
        });
    }
}

/// The whole pipeline on bytes — decode, parse, model, every rule (opt ones too), policy and
/// every reporter — for the fuzz target: it must return, never panic, whatever the bytes.
pub fn fuzz_pipeline(bytes: &[u8]) {
    let Ok(source) = load::from_bytes("fuzz".into(), bytes.to_vec()) else {
        return;
    };
    let rules = rules::registry().to_vec();
    let Ok(outcome) = audit_with(source, rules.clone()) else {
        return;
    };
    let files = [outcome];
    let report = report::Report {
        files: &files,
        rules: &rules,
        sources: None,
        gate: policy::Gate::default(),
        color: false,
        compact: false,
        // Narrow, so the fuzzer reaches the wrapping code.
        width: Some(60),
        framework: Some(rules::compliance::Framework::Fsbp),
    };
    for format in [
        report::Format::Table,
        report::Format::Json,
        report::Format::Sarif,
        report::Format::Junit,
        report::Format::Github,
        report::Format::Markdown,
    ] {
        let _ = report::reporter(format).write(&report, &mut std::io::sink());
    }
}

/// `source` audited with `rules` and the default settings, on 2026-01-01 (the fuzz target's
/// and tests' audit).
pub(crate) fn audit_with(
    source: load::Source,
    rules: Vec<&'static dyn rules::Rule>,
) -> Result<policy::FileOutcome, load::LoadError> {
    let mut settings = policy::config::Settings {
        rules,
        ..Default::default()
    };
    settings.params.today = Some("2026-01-01".into());
    let policy = policy::Policy {
        gate: policy::Gate::default(),
        settings: &settings,
        today: "2026-01-01".into(),
        baseline: None,
        source: None,
    };
    let opts = AuditOptions {
        policy: &policy,
        max_input_bytes: u64::MAX,
        changed_only: false,
        timings: false,
        leak: false,
    };
    audit_source(source, &opts, &mut policy::Usage::new(&settings))
}
