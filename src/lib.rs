//! tfaudit: audit the effective AWS configuration in Terraform plans.
//!
//! Data flow, one module per arrow: [`load`] → [`model`] → [`rules`] → [`policy`] → [`report`].

pub mod cli;
pub mod load;
pub mod model;
pub mod policy;
pub mod report;
pub mod rules;

/// The whole pipeline on bytes — decode, parse, model, every rule (opt ones too), policy and
/// every reporter — for the fuzz target: it must return, never panic, whatever the bytes.
pub fn fuzz_pipeline(bytes: &[u8]) {
    use policy::config::Settings;
    let src = match load::from_bytes("fuzz".into(), bytes.to_vec()) {
        Ok(s) => s,
        Err(_) => return,
    };
    let Ok(plan) = load::parse(&src) else { return };
    let stack = model::Stack::build(&plan);
    let all: Vec<&'static dyn rules::Rule> = rules::registry().to_vec();
    let settings = Settings::default();
    let evals = rules::run(&stack, &all, &settings.params);
    let policy = policy::Policy {
        gate: policy::Gate::default(),
        settings: &settings,
        today: "2026-01-01".into(),
        baseline: None,
    };
    let mut used = policy::Usage::new(&settings);
    let outcome = policy::decide(
        "fuzz".into(),
        plan.kind,
        (stack.resources.len(), 0),
        evals,
        &policy,
        &mut used,
    );
    let files = [outcome];
    let report = report::Report {
        files: &files,
        rules: &all,
        sources: None,
        gate: policy.gate,
        color: false,
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
