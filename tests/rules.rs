//! Every rule against its fixtures in `testdata/rules/<RULE-ID>[-variant]/`: real Terraform plans
//! whose resources are named for the expected outcome (`fail_*`, `pass_*`, `unknown_*`; other
//! names must not be judged). The rule's results must be exactly that set. Results reported
//! where the fix goes outside any resource (a variable `var.x`, a provider `provider.aws.x`)
//! are listed in the fixture's `expected.tsv`: one `address<TAB>status` per line.
//!
//! A service's fixtures may share one Terraform directory, `testdata/rules/<service>/` (a name
//! not starting with `AWS-`): its `expected.tsv` lists `RULE-ID<TAB>address<TAB>status`, and
//! every rule it names must give exactly its lines there.

use std::collections::BTreeSet;
use std::path::Path;
use tfaudit::load::{self, Input};
use tfaudit::model::Stack;
use tfaudit::rules::{self, Params, Status};

fn fixture_dirs() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/rules");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("plan.json").exists())
        .collect();
    dirs.sort();
    dirs
}

/// A directory shared by several rules (no rule ID in its name).
fn is_group(dir: &Path) -> bool {
    !dir.file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with("AWS-")
}

/// Each rule a fixture directory tests, with what it gave and what was expected.
fn cases(dir: &Path) -> Vec<(&'static dyn rules::Rule, BTreeSet<Row>, BTreeSet<Row>)> {
    if !is_group(dir) {
        let (got, expected) = results(dir);
        return vec![(rule_of(dir), got, expected)];
    }
    let text = std::fs::read_to_string(dir.join("expected.tsv"))
        .unwrap_or_else(|_| panic!("{}: no expected.tsv", dir.display()));
    let mut by_rule: std::collections::BTreeMap<String, BTreeSet<Row>> = Default::default();
    for line in text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let [id, address, status] = cols.as_slice() else {
            panic!("{}: expected.tsv: {line}", dir.display());
        };
        let status = ["fail", "pass", "unknown"]
            .into_iter()
            .find(|s| s == status)
            .unwrap_or_else(|| panic!("{}: expected.tsv: status {status}", dir.display()));
        by_rule
            .entry(id.to_string())
            .or_default()
            .insert((address.to_string(), status));
    }
    let src = load::read(&Input::Path(dir.join("plan.json"))).unwrap();
    let plan = load::parse(&src).unwrap();
    let stack = Stack::build(&plan);
    let mut params = Params::default();
    params.source_dir = Some(dir.to_path_buf());
    by_rule
        .into_iter()
        .map(|(id, expected)| {
            let rule =
                rules::find(&id).unwrap_or_else(|| panic!("{}: no rule {id}", dir.display()));
            let evals = rules::run(&stack, &[rule], &params);
            let got: BTreeSet<Row> = evals
                .iter()
                .map(|e| (e.address.to_string(), e.status.as_str()))
                .collect();
            assert_eq!(
                got.len(),
                evals.len(),
                "{}: {id} judged a resource twice",
                dir.display()
            );
            (rule, got, expected)
        })
        .collect()
}

fn rule_of(dir: &Path) -> &'static dyn rules::Rule {
    let name = dir.file_name().unwrap().to_string_lossy();
    let id: String = name.split('-').take(3).collect::<Vec<_>>().join("-");
    rules::find(&id).unwrap_or_else(|| panic!("{name}: no rule {id}"))
}

type Row = (String, &'static str);

const BLOCK_LEVEL: &[&str] = &["AWS-VPC-004"];

/// Rules whose inputs are always known at plan time.
const NEVER_UNKNOWN: &[&str] = &[
    // The provider refuses to plan a zip function whose runtime is unknown.
    "AWS-LMB-001",
    // Judged on the configuration, the provider names or the plan's own header.
    "AWS-TF-001",
    "AWS-TF-002",
    "AWS-TF-003",
    "AWS-TF-004",
    "AWS-TF-005",
    "AWS-TF-007",
    "AWS-TF-008",
    "AWS-STACK-001",
    // Presence of a top-level block (origin_group, rule): only a dynamic block with an unknown
    // collection leaves it open at plan time, and the plan cannot tell that from a computed
    // block left unset.
    "AWS-CF-010",
    "AWS-WAF-003",
    // Presence: the resource itself is the finding (a count or for_each unknown at plan time
    // does not plan).
    "AWS-IAM-019",
    "AWS-IAM-020",
    // Set or not in the configuration: a pgp_key from another resource counts as set.
    "AWS-IAM-017",
    // A website configuration is the finding; a legacy `website` block written out is set
    // whatever its fields.
    "AWS-S3-016",
];

fn results(dir: &Path) -> (BTreeSet<Row>, BTreeSet<Row>) {
    let rule = rule_of(dir);
    let src = load::read(&Input::Path(dir.join("plan.json"))).unwrap();
    let plan = load::parse(&src).unwrap();
    let stack = Stack::build(&plan);
    // A fixture may carry the parameters its rule needs.
    let mut params = match std::fs::read_to_string(dir.join("tfaudit.toml")) {
        Ok(text) => tfaudit::policy::config::parse(&text).unwrap().params,
        Err(_) => Params::default(),
    };
    // The fixture is the Terraform root: rules that look at files look there.
    params.source_dir = Some(dir.to_path_buf());
    let evals = rules::run(&stack, &[rule], &params);
    let got: BTreeSet<Row> = evals
        .iter()
        .map(|e| (e.address.to_string(), e.status.as_str()))
        .collect();
    assert_eq!(
        got.len(),
        evals.len(),
        "{}: a resource was judged twice",
        dir.display()
    );
    // Rules judged per configuration block report on the block, not on each instance.
    let per_block = BLOCK_LEVEL.contains(&rule.meta().id);
    let mut expected: BTreeSet<Row> = stack
        .resources
        .iter()
        .filter_map(|r| {
            let status = if r.name.starts_with("fail_") {
                Status::Fail
            } else if r.name.starts_with("pass_") {
                Status::Pass
            } else if r.name.starts_with("unknown_") {
                Status::Unknown
            } else {
                return None;
            };
            let address = match (&r.index, per_block) {
                (Some(_), true) => r.address[..r.address.rfind('[').unwrap()].to_string(),
                _ => r.address.to_string(),
            };
            Some((address, status.as_str()))
        })
        .collect();
    if let Ok(text) = std::fs::read_to_string(dir.join("expected.tsv")) {
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let (address, status) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{}: expected.tsv: {line}", dir.display()));
            let status = ["fail", "pass", "unknown"]
                .into_iter()
                .find(|s| *s == status)
                .unwrap_or_else(|| panic!("{}: expected.tsv: status {status}", dir.display()));
            expected.insert((address.to_string(), status));
        }
    }
    // Stack-level rules: the directory name ends in the expected status of `(stack)`.
    let name = dir.file_name().unwrap().to_string_lossy().to_string();
    for status in ["fail", "pass", "unknown"] {
        if name.ends_with(&format!("-{status}")) {
            expected.insert((rules::STACK.to_string(), status));
        }
    }
    (got, expected)
}

#[test]
fn every_rule_fixture_gives_exactly_the_named_results() {
    let dirs = fixture_dirs();
    assert!(!dirs.is_empty());
    for dir in dirs {
        for (rule, got, expected) in cases(&dir) {
            assert_eq!(
                got,
                expected,
                "fixture {} ({})",
                dir.display(),
                rule.meta().id
            );
        }
    }
}

#[test]
fn every_registered_rule_has_failing_and_passing_fixtures() {
    let mut covered: std::collections::HashMap<&str, BTreeSet<&str>> = Default::default();
    for dir in fixture_dirs() {
        for (rule, _, expected) in cases(&dir) {
            covered
                .entry(rule.meta().id)
                .or_default()
                .extend(expected.iter().map(|(_, s)| *s));
        }
    }
    for r in rules::registry() {
        let id = r.meta().id;
        let statuses = covered.get(id).cloned().unwrap_or_default();
        for s in ["fail", "pass", "unknown"] {
            if s == "unknown" && NEVER_UNKNOWN.contains(&id) {
                continue;
            }
            assert!(
                statuses.contains(s),
                "{id} has no {s} case in testdata/rules"
            );
        }
    }
}

/// The generated table of taggable types agrees with what Terraform planned: a type has
/// `tags_all` in a plan exactly when the table says it takes tags (stale table otherwise:
/// scripts/gen-provider-tables.sh).
#[test]
fn the_taggable_table_matches_the_fixture_plans() {
    let mut checked = 0;
    for plan in plans(&Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata")) {
        let src = load::read(&Input::Path(plan.clone())).unwrap();
        let doc = load::parse(&src).unwrap();
        let stack = Stack::build(&doc);
        for r in stack
            .resources
            .iter()
            .filter(|r| r.mode == tfaudit::model::Mode::Managed && r.rtype.starts_with("aws_"))
        {
            if r.values.is_null() {
                continue;
            }
            let planned = r.values.get("tags_all").is_some() || r.unknown.get("tags_all").is_some();
            let table = rules::provider_tables::TAGGABLE
                .binary_search(&r.rtype)
                .is_ok();
            assert_eq!(planned, table, "{} in {}", r.rtype, plan.display());
            checked += 1;
        }
    }
    assert!(checked > 500, "{checked}");
}

fn plans(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(plans(&p));
        } else if p.file_name().is_some_and(|n| n == "plan.json") {
            out.push(p);
        }
    }
    out
}
