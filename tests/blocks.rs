//! The generated table of nested blocks (`provider_tables::is_block`) agrees with what Terraform
//! wrote in the fixture plans' `configuration`: a block written in block syntax is a list of
//! expression maps there, and a plain argument is one expression (`constant_value`/`references`).

use serde_json::Value;
use std::path::{Path, PathBuf};
use tfaudit::rules::provider_tables::is_block;

fn plans(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            plans(&p, out);
        } else if p.file_name().is_some_and(|n| n == "plan.json") {
            out.push(p);
        }
    }
}

/// Checks every key of one block body; returns how many block paths were checked.
fn check_body(rtype: &str, prefix: &str, body: &serde_json::Map<String, Value>, at: &str) -> usize {
    let mut blocks = 0;
    for (k, v) in body {
        let path = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            Value::Array(items) => {
                assert!(is_block(rtype, &path), "{rtype}.{path} in {at}");
                blocks += 1;
                for item in items.iter().filter_map(Value::as_object) {
                    blocks += check_body(rtype, &path, item, at);
                }
            }
            Value::Object(e) if e.get("constant_value").is_some_and(|c| !c.is_array()) => {
                assert!(!is_block(rtype, &path), "{rtype}.{path} in {at}");
            }
            _ => {}
        }
    }
    blocks
}

fn check_module(m: &Value, at: &str) -> usize {
    let mut blocks = 0;
    for r in m["resources"].as_array().into_iter().flatten() {
        let rtype = r["type"].as_str().unwrap_or_default();
        if r["mode"] != "managed" || !rtype.starts_with("aws_") {
            continue;
        }
        if let Some(body) = r["expressions"].as_object() {
            blocks += check_body(rtype, "", body, at);
        }
    }
    for call in m["module_calls"]
        .as_object()
        .into_iter()
        .flat_map(|c| c.values())
    {
        blocks += check_module(&call["module"], at);
    }
    blocks
}

#[test]
fn the_block_table_matches_the_fixture_configurations() {
    let mut files = Vec::new();
    plans(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata"),
        &mut files,
    );
    let mut blocks = 0;
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let Ok(plan) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        blocks += check_module(
            &plan["configuration"]["root_module"],
            &f.display().to_string(),
        );
    }
    assert!(blocks > 200, "{blocks}");
}
