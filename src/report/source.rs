//! Where each resource block is written: `--source-dir` (the root module) is scanned for
//! `resource`/`data`/`module`/`variable`/`provider` blocks, local module sources and the modules `terraform init`
//! recorded in `.terraform/modules/modules.json` are followed, so findings get a `.tf` file
//! and line. A scanner, not an HCL parser: it reads block headers and `source` lines only.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A file (relative to the source directory, `/`-separated) and a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: usize,
}

/// Block locations keyed by configuration path and block (`module.a.module.b` + `aws_x.y`).
#[derive(Debug, Default)]
pub struct SourceMap {
    blocks: HashMap<(String, String), Location>,
    /// The source directory as given, so that paths are relative to where tfaudit runs.
    prefix: String,
    /// The root module's first `.tf` file (by name): where stack-level findings are reported.
    root_file: Option<String>,
}

impl SourceMap {
    pub fn load(root: &Path) -> SourceMap {
        let shown = root.to_string_lossy().replace('\\', "/");
        let shown = shown.trim_start_matches("./").trim_end_matches('/');
        let mut map = SourceMap {
            prefix: if shown.is_empty() || shown == "." {
                String::new()
            } else {
                format!("{shown}/")
            },
            ..SourceMap::default()
        };
        let installed = installed_modules(root);
        let mut open = Vec::new();
        map.scan(root, root, "", &installed, &mut open);
        map
    }

    /// The location of a resource, by its module path (names without keys) and block.
    pub fn find(&self, module_path: &str, block: &str) -> Option<&Location> {
        self.blocks
            .get(&(module_path.to_string(), block.to_string()))
    }

    /// The root module's first `.tf` file, line 1 (for findings about the whole stack).
    pub fn root_file(&self) -> Option<Location> {
        self.root_file.as_ref().map(|file| Location {
            file: file.clone(),
            line: 1,
        })
    }

    fn scan(
        &mut self,
        root: &Path,
        dir: &Path,
        path: &str,
        installed: &HashMap<String, PathBuf>,
        open: &mut Vec<PathBuf>,
    ) {
        // A module that contains itself (`source = "./"`) is not valid Terraform; scanning it
        // again would never end (two such calls: 2^depth scans).
        let here = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if open.contains(&here) || open.len() >= 32 {
            return;
        }
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        open.push(here);
        let mut files: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "tf"))
            .collect();
        files.sort();
        for file in files {
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue;
            };
            let rel = format!(
                "{}{}",
                self.prefix,
                file.strip_prefix(root)
                    .unwrap_or(&file)
                    .to_string_lossy()
                    .replace('\\', "/")
            );
            if path.is_empty() && self.root_file.is_none() {
                self.root_file = Some(rel.clone());
            }
            let lines: Vec<&str> = text.lines().collect();
            for (i, line) in lines.iter().enumerate() {
                let words = header(line);
                let block = match words.as_slice() {
                    ["resource", t, n] => format!("{t}.{n}"),
                    ["data", t, n] => format!("data.{t}.{n}"),
                    // Findings on variables and providers are reported where the fix goes.
                    ["variable", n] => format!("var.{n}"),
                    ["provider", n] => match block_argument(&lines[i + 1..], "alias") {
                        Some(alias) => format!("provider.{n}.{alias}"),
                        None => format!("provider.{n}"),
                    },
                    ["module", n] => {
                        let child = if path.is_empty() {
                            format!("module.{n}")
                        } else {
                            format!("{path}.module.{n}")
                        };
                        self.blocks.insert(
                            (path.to_string(), format!("module.{n}")),
                            Location {
                                file: rel.clone(),
                                line: i + 1,
                            },
                        );
                        let key = child.replace("module.", "");
                        let target = module_source(&lines[i + 1..])
                            .filter(|s| s.starts_with("./") || s.starts_with("../"))
                            .map(|s| dir.join(s))
                            .or_else(|| installed.get(&key).cloned());
                        if let Some(target) = target {
                            self.scan(root, &target, &child, installed, open);
                        }
                        continue;
                    }
                    _ => continue,
                };
                self.blocks.insert(
                    (path.to_string(), block),
                    Location {
                        file: rel.clone(),
                        line: i + 1,
                    },
                );
            }
        }
        open.pop();
    }
}

/// The quoted words of a block header line: `resource "aws_s3_bucket" "logs" {`.
fn header(line: &str) -> Vec<&str> {
    let t = line.trim_start();
    let Some(keyword) = ["resource", "data", "module", "variable", "provider"]
        .into_iter()
        .find(|k| t.starts_with(k))
    else {
        return Vec::new();
    };
    let rest = &t[keyword.len()..];
    if !rest.starts_with(|c: char| c.is_whitespace() || c == '"') {
        return Vec::new();
    }
    let mut out = vec![keyword];
    let mut it = rest.split('"');
    it.next();
    while let (Some(word), Some(between)) = (it.next(), it.next()) {
        out.push(word);
        if between.contains('{') {
            return out;
        }
        if !between.trim().is_empty() {
            return Vec::new();
        }
    }
    Vec::new()
}

/// The `source = "..."` of a module block, from the lines after its header.
fn module_source(lines: &[&str]) -> Option<String> {
    block_argument(lines, "source")
}

/// A string argument written directly in a block (`source`, `alias`), from the lines after its
/// header.
fn block_argument(lines: &[&str], name: &str) -> Option<String> {
    let mut depth = 1i32;
    for line in lines {
        let t = line.trim();
        if depth == 1 {
            if let Some(v) = t.strip_prefix(name) {
                if let Some(v) = v.trim_start().strip_prefix('=') {
                    return Some(v.trim().trim_matches('"').to_string());
                }
            }
        }
        depth += line.matches('{').count() as i32 - line.matches('}').count() as i32;
        if depth <= 0 {
            return None;
        }
    }
    None
}

/// `.terraform/modules/modules.json`: module key (`a.b`) → directory.
fn installed_modules(root: &Path) -> HashMap<String, PathBuf> {
    let mut out = HashMap::new();
    let Ok(text) = std::fs::read_to_string(root.join(".terraform/modules/modules.json")) else {
        return out;
    };
    let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) else {
        return out;
    };
    for m in v["Modules"].as_array().into_iter().flatten() {
        if let (Some(k), Some(d)) = (m["Key"].as_str(), m["Dir"].as_str()) {
            if !k.is_empty() {
                out.insert(k.to_string(), root.join(d));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_headers() {
        assert_eq!(
            header(r#"resource "aws_s3_bucket" "logs" {"#),
            vec!["resource", "aws_s3_bucket", "logs"]
        );
        assert_eq!(
            header(r#"  data "aws_iam_policy_document" "x" {"#),
            vec!["data", "aws_iam_policy_document", "x"]
        );
        assert_eq!(header(r#"module "net" {"#), vec!["module", "net"]);
        assert!(header(r#"resources = ["a"]"#).is_empty());
        assert!(header(r#"# resource "a" "b" {"#).is_empty());
    }

    #[test]
    fn demo_blocks_are_found_through_local_modules() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/demo");
        let map = SourceMap::load(&root);
        let exports = map.find("", "aws_s3_bucket.exports").unwrap();
        assert_eq!(exports.file, format!("{}/main.tf", root.display()));
        let text = std::fs::read_to_string(&exports.file).unwrap();
        assert_eq!(
            text.lines().nth(exports.line - 1).unwrap(),
            r#"resource "aws_s3_bucket" "exports" {"#
        );
        let rule = map
            .find("module.network", "aws_security_group_rule.egress")
            .unwrap();
        assert_eq!(
            rule.file,
            format!("{}/modules/network/main.tf", root.display())
        );
        let relative = SourceMap::load(Path::new("./testdata/demo/"));
        assert_eq!(relative.prefix, "testdata/demo/");
    }
}
