//! The machine-readable outputs as their consumers read them: SARIF locations as GitHub code
//! scanning needs them, and the JSON report against docs/report.schema.json (full validation
//! with jsonschema is in scripts/sarif-check.py; here every field is checked to be declared,
//! every declared field to occur, and the README example to be real output).

use assert_cmd::Command;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn tfaudit(cwd: &Path, args: &[&str]) -> Value {
    let out = Command::cargo_bin("tfaudit")
        .unwrap()
        .current_dir(cwd)
        .args(args)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn results(sarif: &Value) -> &Vec<Value> {
    sarif["runs"][0]["results"].as_array().unwrap()
}

/// (uri, uriBaseId, startLine) of a result's physical location; panics when there is none.
fn located(r: &Value) -> (String, Option<String>, u64) {
    let p = &r["locations"][0]["physicalLocation"];
    assert!(p.is_object(), "no physicalLocation: {r}");
    (
        p["artifactLocation"]["uri"].as_str().unwrap().to_string(),
        p["artifactLocation"]["uriBaseId"]
            .as_str()
            .map(str::to_string),
        p["region"]["startLine"].as_u64().unwrap(),
    )
}

fn is_stack(r: &Value) -> bool {
    r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "(stack)"
}

#[test]
fn every_sarif_result_has_a_physical_location_relative_to_the_repository() {
    let demo = "testdata/demo/plan.json";
    // The crate is the repository root here (a checkout, or a worktree's `.git` file).
    for args in [
        vec![demo, "--format", "sarif"],
        vec![demo, "--source-dir", "testdata/demo", "--format", "sarif"],
    ] {
        let sarif = tfaudit(&root(), &args);
        let run = &sarif["runs"][0];
        assert!(run["originalUriBaseIds"]["%SRCROOT%"].is_object());
        assert!(!results(&sarif).is_empty());
        let with_sources = args.contains(&"--source-dir");
        let mut files = BTreeSet::new();
        for r in results(&sarif) {
            let (uri, base, line) = located(r);
            assert_eq!(base.as_deref(), Some("%SRCROOT%"), "{uri}");
            assert!(root().join(&uri).is_file(), "{uri} is not a file");
            let text = r["message"]["text"].as_str().unwrap();
            assert!(!text.contains("(("), "{text}");
            if is_stack(r) {
                assert!(!text.contains("(stack)"), "{text}");
            }
            if !with_sources {
                assert_eq!((uri.as_str(), line), (demo, 1));
            } else if is_stack(r) {
                // The root module's first .tf file.
                assert_eq!((uri.as_str(), line), ("testdata/demo/main.tf", 1));
            }
            files.insert(uri);
        }
        if with_sources {
            assert!(
                files.contains("testdata/demo/modules/api/main.tf"),
                "{files:?}"
            );
        }
    }
}

/// A checkout: `.git` at the top, the root module in `infra/` with two `.tf` files, the plan
/// in `plans/`; tfaudit runs in `infra/`.
fn checkout() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let top = dir.path();
    std::fs::create_dir(top.join(".git")).unwrap();
    std::fs::create_dir(top.join("infra")).unwrap();
    std::fs::create_dir(top.join("plans")).unwrap();
    std::fs::write(top.join("infra/backend.tf"), "terraform {}\n").unwrap();
    std::fs::copy(
        root().join("testdata/demo/main.tf"),
        top.join("infra/main.tf"),
    )
    .unwrap();
    std::fs::copy(
        root().join("testdata/demo/plan.json"),
        top.join("plans/plan.json"),
    )
    .unwrap();
    dir
}

#[test]
fn sarif_uris_are_relative_to_the_git_top_level() {
    let dir = checkout();
    let infra = dir.path().join("infra");
    let sarif = tfaudit(
        &infra,
        &[
            "../plans/plan.json",
            "--source-dir",
            ".",
            "--format",
            "sarif",
        ],
    );
    let mut uris = BTreeSet::new();
    for r in results(&sarif) {
        let (uri, base, line) = located(r);
        assert_eq!(base.as_deref(), Some("%SRCROOT%"));
        assert!(dir.path().join(&uri).is_file(), "{uri}");
        if is_stack(r) {
            assert_eq!((uri.as_str(), line), ("infra/backend.tf", 1));
        }
        uris.insert(uri);
    }
    // Root-module blocks in main.tf; module blocks (sources not copied) fall back to the plan.
    assert_eq!(
        uris,
        BTreeSet::from(["infra/backend.tf", "infra/main.tf", "plans/plan.json"].map(String::from))
    );
}

#[test]
fn sarif_from_standard_input_and_from_outside_the_repository() {
    let dir = checkout();
    let infra = dir.path().join("infra");
    let plan = std::fs::read(dir.path().join("plans/plan.json")).unwrap();
    let out = Command::cargo_bin("tfaudit")
        .unwrap()
        .current_dir(&infra)
        .args(["-", "--format", "sarif"])
        .write_stdin(plan)
        .output()
        .unwrap();
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    // The working directory holds .tf files: it is the source, and each result is located in it.
    for r in results(&sarif) {
        let (uri, base, line) = located(r);
        assert!(uri.starts_with("infra/") && uri.ends_with(".tf"), "{uri}");
        assert_eq!(base.as_deref(), Some("%SRCROOT%"));
        assert!(line >= 1);
    }
    // --no-source: no file for standard input; the working directory's first .tf stands in.
    let out = Command::cargo_bin("tfaudit")
        .unwrap()
        .current_dir(&infra)
        .args(["-", "--format", "sarif", "--no-source"])
        .write_stdin(std::fs::read(dir.path().join("plans/plan.json")).unwrap())
        .output()
        .unwrap();
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    for r in results(&sarif) {
        assert_eq!(
            located(r),
            ("infra/backend.tf".into(), Some("%SRCROOT%".into()), 1)
        );
    }
    let elsewhere = tempfile::tempdir().unwrap();
    let outside = elsewhere.path().join("plan.json");
    std::fs::copy(root().join("testdata/demo/plan.json"), &outside).unwrap();
    let sarif = tfaudit(
        &infra,
        &[
            outside.to_str().unwrap(),
            "--format",
            "sarif",
            "--no-source",
        ],
    );
    for r in results(&sarif) {
        let (uri, base, _) = located(r);
        assert!(
            uri.starts_with("file:///") && uri.ends_with("/plan.json"),
            "{uri}"
        );
        assert_eq!(base, None);
    }
}

#[test]
fn sarif_rules_link_their_documentation() {
    let sarif = tfaudit(&root(), &["testdata/demo/plan.json", "--format", "sarif"]);
    let driver = &sarif["runs"][0]["tool"]["driver"];
    let home = driver["informationUri"].as_str().unwrap();
    assert!(home.starts_with("https://"), "{home}");
    for rule in driver["rules"].as_array().unwrap() {
        let id = rule["id"].as_str().unwrap();
        let page = format!("docs/rules/{id}.md");
        assert_eq!(
            rule["helpUri"].as_str(),
            Some(format!("{home}/blob/main/{page}").as_str())
        );
        assert!(root().join(&page).is_file(), "{page}");
    }
}

// ---- The JSON report against docs/report.schema.json ----

fn schema() -> Value {
    let text = std::fs::read_to_string(root().join("docs/report.schema.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Follows a local `$ref`.
fn resolve<'a>(schema: &'a Value, node: &'a Value) -> &'a Value {
    match node["$ref"].as_str() {
        Some(r) => {
            let target = r.strip_prefix("#").unwrap();
            resolve(schema, schema.pointer(target).unwrap())
        }
        None => node,
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_u64() || n.is_i64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// The JSON types a schema node allows (from `type`, `const` or `enum`).
fn types(node: &Value) -> BTreeSet<&'static str> {
    if let Some(c) = node.get("const") {
        return BTreeSet::from([json_type(c)]);
    }
    if let Some(e) = node["enum"].as_array() {
        return e.iter().map(json_type).collect();
    }
    let names = match &node["type"] {
        Value::String(s) => vec![s.as_str()],
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    [
        "null", "boolean", "integer", "number", "string", "array", "object",
    ]
    .into_iter()
    .filter(|t| names.contains(t))
    .collect()
}

/// Walks an output along the schema: every field declared with its type, required fields
/// present. Records the schema paths met, so that fields declared but never produced show.
fn walk(
    schema: &Value,
    node: &Value,
    value: &Value,
    path: &str,
    seen: &mut BTreeSet<String>,
    problems: &mut Vec<String>,
) {
    let node = resolve(schema, node);
    seen.insert(path.to_string());
    let allowed = types(node);
    let actual = json_type(value);
    let ok = allowed.is_empty()
        || allowed.contains(actual)
        || (actual == "integer" && allowed.contains("number"));
    let listed = node["enum"].as_array().is_none_or(|e| e.contains(value))
        && node.get("const").is_none_or(|c| c == value);
    if !ok || !listed {
        problems.push(format!("{path}: {value} is not allowed ({allowed:?})"));
        return;
    }
    match value {
        Value::Object(map) => {
            for req in node["required"].as_array().into_iter().flatten() {
                if !map.contains_key(req.as_str().unwrap()) {
                    problems.push(format!("{path}: required {req} missing"));
                }
            }
            for (k, v) in map {
                match (node["properties"].get(k), &node["additionalProperties"]) {
                    (Some(child), _) => {
                        walk(schema, child, v, &format!("{path}.{k}"), seen, problems)
                    }
                    (None, extra @ Value::Object(_)) => {
                        walk(schema, extra, v, &format!("{path}.*"), seen, problems)
                    }
                    _ => problems.push(format!("{path}.{k}: not declared in the schema")),
                }
            }
        }
        Value::Array(items) => {
            for v in items {
                walk(
                    schema,
                    &node["items"],
                    v,
                    &format!("{path}[]"),
                    seen,
                    problems,
                );
            }
        }
        _ => {}
    }
}

/// Every schema path a property declares (`files[].findings[].line`).
fn declared(schema: &Value, node: &Value, path: &str, out: &mut BTreeSet<String>) {
    let node = resolve(schema, node);
    out.insert(path.to_string());
    if let Some(props) = node["properties"].as_object() {
        for (k, child) in props {
            declared(schema, child, &format!("{path}.{k}"), out);
        }
    }
    if node["additionalProperties"].is_object() {
        declared(
            schema,
            &node["additionalProperties"],
            &format!("{path}.*"),
            out,
        );
    }
    if node.get("items").is_some() {
        declared(schema, &node["items"], &format!("{path}[]"), out);
    }
}

/// The JSON outputs the tests look at: the goldens, and every plan and state fixture audited
/// with and without the demo's sources.
fn json_outputs() -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root().join("tests/expected"))
        .unwrap()
        .flatten()
    {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((
                path.display().to_string(),
                serde_json::from_str(&text).unwrap(),
            ));
        }
    }
    let mut fixtures = Vec::new();
    let mut dirs = vec![root().join("testdata")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            let name = entry.file_name();
            if path.is_dir() && name != "modules" {
                dirs.push(path);
            } else if name == "plan.json" || name == "state.json" {
                fixtures.push(path);
            }
        }
    }
    fixtures.sort();
    for f in fixtures {
        let shown = f
            .strip_prefix(root())
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        let doc = tfaudit(&root(), &[&shown, "--format", "json"]);
        out.push((shown, doc));
    }
    let demo = [
        "testdata/demo/plan.json",
        "testdata/state/state.json",
        "--source-dir",
        "testdata/demo",
        "--unknown",
        "ignore",
        "--framework",
        "fsbp",
        "--format",
        "json",
    ];
    out.push((
        "demo and state with sources".into(),
        tfaudit(&root(), &demo),
    ));
    out
}

#[test]
fn every_json_output_matches_the_report_schema() {
    let schema = schema();
    let mut seen = BTreeSet::new();
    let mut problems = Vec::new();
    let outputs = json_outputs();
    assert!(outputs.len() > 100, "{} outputs", outputs.len());
    for (name, doc) in &outputs {
        let mut found = Vec::new();
        walk(&schema, &schema, doc, "", &mut seen, &mut found);
        problems.extend(found.into_iter().map(|p| format!("{name}: {p}")));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let mut all = BTreeSet::new();
    declared(&schema, &schema, "", &mut all);
    let never: Vec<_> = all.difference(&seen).collect();
    assert!(
        never.is_empty(),
        "declared in the schema, never in an output: {never:?}"
    );
}

#[test]
fn the_schema_check_catches_an_undeclared_field() {
    let schema = schema();
    let mut doc = tfaudit(&root(), &["testdata/demo/plan.json", "--format", "json"]);
    doc["files"][0]["findings"][0]["extra"] = Value::from(1);
    doc["files"][0]["summary"]["passed"] = Value::from("many");
    doc["files"][0]["findings"][1]["status"] = Value::from("pass");
    doc["files"][0]["findings"][2]
        .as_object_mut()
        .unwrap()
        .remove("provenance");
    let (mut seen, mut problems) = (BTreeSet::new(), Vec::new());
    walk(&schema, &schema, &doc, "", &mut seen, &mut problems);
    assert_eq!(problems.len(), 4, "{problems:?}");
}

/// The README's example is an excerpt of the real output: the demo with its sources.
#[test]
fn readme_json_example_is_real_output() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let after = readme
        .split("`--format json` is a versioned wire format")
        .nth(1)
        .expect("README: no JSON format section");
    let block = after
        .split("```json\n")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let example: Value = serde_json::from_str(block).expect("README JSON example parses");
    let schema = schema();
    let (mut seen, mut problems) = (BTreeSet::new(), Vec::new());
    walk(&schema, &schema, &example, "", &mut seen, &mut problems);
    assert!(problems.is_empty(), "README example: {problems:?}");

    let real = tfaudit(
        &root(),
        &[
            "testdata/demo/plan.json",
            "--source-dir",
            "testdata/demo",
            "--format",
            "json",
        ],
    );
    let keys = |v: &Value| -> Vec<String> { v.as_object().unwrap().keys().cloned().collect() };
    let (ex, file) = (&example["files"][0], &real["files"][0]);
    assert_eq!(keys(&example), keys(&real));
    assert_eq!(keys(ex), keys(file));
    // The summary is the real one, number for number.
    assert_eq!(ex["summary"], file["summary"]);
    assert_eq!(ex["path"], file["path"]);
    // Every finding shown is one of the real ones, field for field.
    let findings = file["findings"].as_array().unwrap();
    for f in ex["findings"].as_array().unwrap() {
        assert!(
            findings.contains(f),
            "README finding not in the real output: {f}"
        );
    }
}
