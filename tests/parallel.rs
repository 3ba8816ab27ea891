//! Rules and resources are spread over threads (issue 22): the results must not depend on how
//! many there are, even when the resolution budget runs out part-way through linking.

use assert_cmd::Command;

fn audit(plan: &str, threads: &str) -> String {
    let out = Command::cargo_bin("tfaudit")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("RAYON_NUM_THREADS", threads)
        .args([
            plan,
            "--format",
            "json",
            "--profile",
            "strict",
            "--no-source",
        ])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{plan}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn results_are_the_same_on_one_thread_and_on_many() {
    for plan in [
        // 401 resources; linking runs out of budget part-way (see tests/hostile.rs).
        "testdata/hostile/resolution-budget-handmade/plan.json",
        "testdata/hostile/reference-cycles-handmade/plan.json",
        "testdata/bench/crossref-unit/plan.json",
        "testdata/demo/plan.json",
    ] {
        let one = audit(plan, "1");
        assert!(one.contains("\"findings\""), "{plan}: {one}");
        for threads in ["2", "7"] {
            assert!(
                one == audit(plan, threads),
                "{plan}: results differ between 1 and {threads} threads"
            );
        }
    }
}

/// What linking found, per resource: the unresolved attributes and their reasons, which say
/// where the resolution budget ran out. Built in a pool of `threads` threads.
fn linked(plan: &str, threads: usize) -> Vec<(String, String, String)> {
    use tfaudit::load::{self, Input};
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(plan);
    let src = load::read(&Input::Path(path)).unwrap();
    let plan = load::parse(&src).unwrap();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    pool.install(|| {
        let stack = tfaudit::model::Stack::build(&plan);
        let mut v: Vec<_> = stack
            .all_unresolved()
            .map(|u| {
                let r = &stack.resources[u.from];
                (r.address.to_string(), u.attr.to_string(), u.reason.clone())
            })
            .collect();
        v.sort();
        v
    })
}

#[test]
fn where_linking_runs_out_of_budget_does_not_depend_on_threads() {
    let plan = "testdata/hostile/resolution-budget-handmade/plan.json";
    let one = linked(plan, 1);
    let spent = one
        .iter()
        .filter(|(_, _, why)| why.contains("resolution budget"))
        .count();
    // Part of the flow logs are followed, the rest run out: the boundary is inside the plan.
    assert!(spent > 0 && spent < one.len(), "{spent} of {}", one.len());
    for threads in [2, 3, 8] {
        assert!(
            one == linked(plan, threads),
            "linking differs between 1 and {threads} threads"
        );
    }
}
