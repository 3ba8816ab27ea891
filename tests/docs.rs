//! docs/rules/ is generated from the rule declarations: this test fails when it is stale.
//! `UPDATE_DOCS=1 cargo test --test docs` rewrites it.

use std::collections::BTreeSet;
use std::path::PathBuf;
use tfaudit::rules;

#[test]
fn rule_docs_are_fresh() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    let update = std::env::var_os("UPDATE_DOCS").is_some();
    let mut pages = vec![("README.md".to_string(), rules::markdown_index())];
    for r in rules::registry() {
        pages.push((format!("{}.md", r.meta().id), rules::markdown(r.meta())));
    }
    if update {
        std::fs::create_dir_all(&dir).unwrap();
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            std::fs::remove_file(entry.path()).unwrap();
        }
        for (name, text) in &pages {
            std::fs::write(dir.join(name), text).unwrap();
        }
    }
    let on_disk: BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|_| {
            panic!("docs/rules is missing: run UPDATE_DOCS=1 cargo test --test docs")
        })
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    let wanted: BTreeSet<String> = pages.iter().map(|(n, _)| n.clone()).collect();
    assert_eq!(
        on_disk, wanted,
        "docs/rules has stale or missing pages: run UPDATE_DOCS=1 cargo test --test docs"
    );
    for (name, text) in pages {
        let disk = std::fs::read_to_string(dir.join(&name)).unwrap();
        assert_eq!(
            disk, text,
            "docs/rules/{name} is stale: run UPDATE_DOCS=1 cargo test --test docs"
        );
    }
}
