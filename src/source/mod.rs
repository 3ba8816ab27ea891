//! The Terraform source beside the plan: the root module (`--source-dir`, or the working
//! directory when it holds `.tf` files), the local modules it calls and those `terraform init`
//! recorded in `.terraform/modules/modules.json`, each `.tf` file parsed with an HCL parser
//! (hcl-edit). What the plan JSON cannot say comes from here: file:line of blocks and
//! attributes, and inline suppressions.

pub mod expr;
pub mod ignore;

use crate::model::Val;
use hcl_edit::structure::{Block, Body, Structure};
use hcl_edit::Span;
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

/// A file (relative to where tfaudit runs, `/`-separated) and a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: usize,
}

/// Files larger than this are not read (a `.tf` file is kilobytes; this bounds memory).
const MAX_FILE: u64 = 8 << 20;
/// Module nesting deeper than this is not followed.
const MAX_DEPTH: usize = 32;

/// One parsed `.tf` file.
pub struct File {
    /// As shown in findings: normalised, relative to where tfaudit runs.
    pub shown: String,
    pub text: String,
    /// None when the file does not parse (its error is in [`Tree::errors`]).
    pub body: Option<Body>,
    line_starts: Vec<usize>,
}

impl File {
    /// The 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset)
    }

    pub fn line(&self, n: usize) -> &str {
        self.text.lines().nth(n.saturating_sub(1)).unwrap_or("")
    }
}

/// A module of the configuration: its path (`""`, `module.a`, `module.a.module.b`) and files.
pub struct Module {
    pub path: String,
    /// Its directory (`path.module`), canonical when it can be.
    pub dir: PathBuf,
    /// Shared by every call of the same directory: parsed once.
    pub files: std::rc::Rc<Vec<File>>,
}

/// The source tree: every module reached from the root, parsed once.
#[derive(Default)]
pub struct Tree {
    pub modules: Vec<Module>,
    /// Files that do not parse: `file:line: reason`, once each.
    pub errors: Vec<String>,
    /// The root module's directory as shown (`""` for the working directory).
    pub root_shown: String,
    /// The root module's directory (`path.root`), canonical when it can be.
    pub root_dir: PathBuf,
    /// Directories already parsed (a module called many times is read once).
    parsed: HashMap<PathBuf, std::rc::Rc<Vec<File>>>,
}

impl Tree {
    /// Read the root module and the modules it calls. Unreadable directories and files are
    /// skipped; a file that does not parse is listed in `errors`.
    pub fn load(root: &Path) -> Tree {
        let shown = root.to_string_lossy().replace('\\', "/");
        let shown = normalise(shown.trim_end_matches('/'));
        let mut tree = Tree {
            root_shown: if shown == "." { String::new() } else { shown },
            root_dir: std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()),
            ..Tree::default()
        };
        let installed = installed_modules(root);
        let mut open = Vec::new();
        tree.read(root, "", &installed, &mut open);
        tree
    }

    fn read(
        &mut self,
        dir: &Path,
        path: &str,
        installed: &HashMap<String, PathBuf>,
        open: &mut Vec<PathBuf>,
    ) {
        // A module that contains itself (`source = "./"`) is not valid Terraform; reading it
        // again would never end (two such calls: 2^depth reads).
        let here = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if open.contains(&here) || open.len() >= MAX_DEPTH {
            return;
        }
        let files = match self.parsed.get(&here) {
            Some(files) => files.clone(),
            None => {
                let files = std::rc::Rc::new(self.parse_dir(dir));
                self.parsed.insert(here.clone(), files.clone());
                files
            }
        };
        // Calls first, so that the module is complete before its children are read.
        let mut calls = Vec::new();
        for f in files.iter() {
            for (name, source) in module_calls(f) {
                calls.push((name, source));
            }
        }
        self.modules.push(Module {
            path: path.to_string(),
            dir: here.clone(),
            files,
        });
        open.push(here);
        for (name, source) in calls {
            let child = if path.is_empty() {
                format!("module.{name}")
            } else {
                format!("{path}.module.{name}")
            };
            let key = child.replace("module.", "");
            let target = source
                .filter(|s| s.starts_with("./") || s.starts_with("../"))
                .map(|s| dir.join(s))
                .or_else(|| installed.get(&key).cloned());
            if let Some(target) = target {
                self.read(&target, &child, installed, open);
            }
        }
        open.pop();
    }

    /// The `.tf` files of a directory, parsed.
    fn parse_dir(&mut self, dir: &Path) -> Vec<File> {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut names: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "tf") && p.is_file())
            .collect();
        names.sort();
        let texts: Vec<(PathBuf, String)> = names
            .into_iter()
            .filter(|name| std::fs::metadata(name).is_ok_and(|m| m.len() <= MAX_FILE))
            .filter_map(|name| Some((name.clone(), std::fs::read_to_string(&name).ok()?)))
            .collect();
        // Parsing is most of the source's cost: a module's files are parsed in parallel.
        use rayon::prelude::*;
        let parsed: Vec<_> = texts
            .into_par_iter()
            .map(|(name, text)| {
                let body = text.parse::<Body>();
                (name, text, body)
            })
            .collect();
        let mut files = Vec::new();
        for (name, text, body) in parsed {
            let shown = self.shown(&name);
            let mut line_starts = vec![0];
            line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
            let body = match body {
                Ok(b) => Some(b),
                Err(e) => {
                    let loc = e.location();
                    self.errors
                        .push(format!("{shown}:{}: {}", loc.line(), e.message()));
                    None
                }
            };
            files.push(File {
                shown,
                text,
                body,
                line_starts,
            });
        }
        files
    }

    /// A path as findings show it: under the root as given, `..` resolved lexically.
    fn shown(&self, file: &Path) -> String {
        normalise(&file.to_string_lossy().replace('\\', "/"))
    }

    /// For each module, the index of the first module read from the same directory (itself
    /// when it is the first): what depends only on the files is built once per directory.
    pub fn first_of_same_dir(&self) -> Vec<usize> {
        let mut first: HashMap<*const Vec<File>, usize> = HashMap::new();
        self.modules
            .iter()
            .enumerate()
            .map(|(i, m)| *first.entry(std::rc::Rc::as_ptr(&m.files)).or_insert(i))
            .collect()
    }

    pub fn module(&self, path: &str) -> Option<&Module> {
        self.modules.iter().find(|m| m.path == path)
    }
}

/// The source of a run: where findings are written, and the inline suppressions.
pub struct Source {
    /// The root module directory as shown (`.` for the working directory).
    pub root: String,
    pub map: SourceMap,
    pub inline: Vec<ignore::Inline>,
    /// Locals, arguments, module call arguments and outputs, as expressions the model follows.
    pub exprs: crate::model::SourceExprs,
    /// Files that do not parse and directives that cannot be read, to warn about once.
    pub warnings: Vec<String>,
}

impl Source {
    pub fn load(root: &Path) -> Source {
        let tree = Tree::load(root);
        let map = SourceMap::of(&tree);
        let (inline, malformed) = ignore::collect(&tree);
        let mut warnings: Vec<String> = tree
            .errors
            .iter()
            .map(|e| format!("{e} (locations in this file come from a line scan)"))
            .collect();
        warnings.extend(malformed);
        Source {
            root: if tree.root_shown.is_empty() {
                ".".to_string()
            } else {
                tree.root_shown.clone()
            },
            map,
            inline,
            exprs: exprs(&tree),
            warnings,
        }
    }

    /// A block or module call of the plan's root module configuration that the source does
    /// not have (see [`Source::missing`]).
    pub fn missing_in_plan(&self, root: &Val) -> Option<String> {
        let module = root.get("configuration")?.get("root_module")?;
        let resources = module
            .get("resources")
            .and_then(Val::as_array)
            .unwrap_or(&[])
            .iter()
            .filter_map(|r| r.get("address").and_then(Val::as_str))
            .map(|a| ("".to_string(), a.to_string()));
        let calls = module
            .get("module_calls")
            .and_then(Val::as_object)
            .unwrap_or(&[])
            .iter()
            .map(|(name, _)| ("".to_string(), format!("module.{name}")));
        let blocks: Vec<(String, String)> = resources.chain(calls).collect();
        self.missing(&blocks)
    }

    /// What the source lacks of the plan's root module (`has no aws_x.y`): the source is not the
    /// plan's (another directory, another revision), and is not used for it.
    pub fn missing<'e>(
        &self,
        blocks: impl IntoIterator<Item = &'e (String, String)>,
    ) -> Option<String> {
        if self.map.is_empty() {
            return Some("has no .tf file".to_string());
        }
        blocks
            .into_iter()
            .find(|(module, block)| module.is_empty() && self.map.find(module, block).is_none())
            .map(|(_, block)| format!("has no {block}"))
    }
}

/// Every module's locals, resource arguments, module call arguments and outputs.
fn exprs(tree: &Tree) -> crate::model::SourceExprs {
    let mut out = crate::model::SourceExprs::default();
    let templates = expr::Templates::default();
    // A directory's expressions do not depend on which call reads it: converted once, under
    // the first call's path.
    let first = tree.first_of_same_dir();
    for (i, m) in tree.modules.iter().enumerate() {
        if first[i] != i {
            let path = tree.modules[first[i]].path.clone();
            out.same_dir.insert(m.path.clone(), path);
            continue;
        }
        let ctx = expr::Ctx {
            module_dir: &m.dir,
            root_dir: &tree.root_dir,
            files: &templates,
        };
        let ctx = &ctx;
        for f in m.files.iter() {
            let Some(body) = &f.body else { continue };
            for b in body.blocks() {
                let l = labels(b);
                match (b.ident.as_str(), l.as_slice()) {
                    ("locals", []) => {
                        for a in b.body.attributes() {
                            out.locals.insert(
                                (m.path.clone(), a.key.as_str().to_string()),
                                expr::config_expr_in(&a.value, ctx),
                            );
                        }
                    }
                    ("resource" | "data", [_, _]) => {
                        let key = block_key(b).unwrap_or_default();
                        block_exprs(&mut out, ctx, &m.path, &key, &b.body, "");
                    }
                    ("module", [name]) => {
                        for a in b.body.attributes() {
                            out.calls.insert(
                                (m.path.clone(), name.clone(), a.key.as_str().to_string()),
                                expr::config_expr_in(&a.value, ctx),
                            );
                        }
                    }
                    ("output", [name]) => {
                        if let Some(a) = b.body.get_attribute("value") {
                            out.outputs.insert(
                                (m.path.clone(), name.clone()),
                                expr::config_expr_in(&a.value, ctx),
                            );
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    out
}

/// A resource's arguments, nested blocks numbered in order (`ingress.1.cidr_blocks`) as the
/// plan numbers them; `dynamic` blocks are not (the plan expands them).
fn block_exprs(
    out: &mut crate::model::SourceExprs,
    ctx: &expr::Ctx,
    module: &str,
    key: &str,
    body: &Body,
    prefix: &str,
) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    // Blocks of a name that also has `dynamic` ones are numbered by the plan in an order the
    // source does not show: none of them is taken.
    let dynamic: Vec<String> = body
        .blocks()
        .filter(|b| b.ident.as_str() == "dynamic")
        .flat_map(labels)
        .collect();
    for s in body.iter() {
        match s {
            Structure::Block(b) if dynamic.iter().any(|d| d == b.ident.as_str()) => {}
            Structure::Attribute(a) => {
                out.attrs.insert(
                    (
                        module.to_string(),
                        key.to_string(),
                        format!("{prefix}{}", a.key.as_str()),
                    ),
                    expr::config_expr_in(&a.value, ctx),
                );
            }
            Structure::Block(b) if b.ident.as_str() != "dynamic" && prefix.len() < 256 => {
                let name = b.ident.as_str();
                let n = seen.entry(name).or_default();
                *n += 1;
                let path = format!("{prefix}{name}.{}.", *n - 1);
                block_exprs(out, ctx, module, key, &b.body, &path);
            }
            Structure::Block(_) => {}
        }
    }
}

/// `a/b/../c/./d` → `a/c/d`; leading `..` kept (a module outside the root directory).
pub fn normalise(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let absolute = path.starts_with('/');
    for c in Path::new(path).components() {
        match c {
            Component::CurDir | Component::RootDir | Component::Prefix(_) => {}
            Component::ParentDir => match out.last() {
                Some(&last) if last != ".." => {
                    out.pop();
                }
                _ if absolute => {}
                _ => out.push(".."),
            },
            Component::Normal(s) => out.push(s.to_str().unwrap_or("")),
        }
    }
    let joined = out.join("/");
    match (absolute, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_string(),
        (false, false) => joined,
    }
}

/// The module calls of a file: name and `source` (when a literal string).
fn module_calls(f: &File) -> Vec<(String, Option<String>)> {
    match &f.body {
        Some(body) => body
            .blocks()
            .filter(|b| b.ident.as_str() == "module")
            .filter_map(|b| {
                let name = labels(b).first()?.clone();
                let source = b
                    .body
                    .get_attribute("source")
                    .and_then(|a| string_literal(&a.value));
                Some((name, source))
            })
            .collect(),
        None => scan::module_calls(&f.text),
    }
}

/// A block's labels, quoted or not (`resource aws_vpc "x"`).
pub fn labels(b: &Block) -> Vec<String> {
    b.labels.iter().map(|l| l.as_str().to_string()).collect()
}

/// A literal string expression's value.
pub fn string_literal(e: &hcl_edit::expr::Expression) -> Option<String> {
    match e {
        hcl_edit::expr::Expression::String(s) => Some(s.value().to_string()),
        _ => None,
    }
}

/// The address a top-level block gives its findings: `aws_x.y`, `data.aws_x.y`, `var.x`,
/// `provider.aws[.alias]`, `module.m`; None for other blocks.
pub fn block_key(b: &Block) -> Option<String> {
    let l = labels(b);
    Some(match (b.ident.as_str(), l.as_slice()) {
        ("resource", [t, n]) => format!("{t}.{n}"),
        ("data", [t, n]) => format!("data.{t}.{n}"),
        ("variable", [n]) => format!("var.{n}"),
        ("module", [n]) => format!("module.{n}"),
        ("provider", [n]) => match b
            .body
            .get_attribute("alias")
            .and_then(|a| string_literal(&a.value))
        {
            Some(alias) => format!("provider.{n}.{alias}"),
            None => format!("provider.{n}"),
        },
        _ => return None,
    })
}

/// Where each block and attribute is written, by module path and block key.
#[derive(Debug, Default)]
pub struct SourceMap {
    /// Locations per module directory: a module called many times is mapped once.
    dirs: Vec<DirMap>,
    /// Module path (`module.a.module.b`) → its directory's map.
    dir_of: HashMap<String, usize>,
    /// The root module's first `.tf` file (by name): where stack-level findings are reported.
    root_file: Option<String>,
    /// Files that do not parse, for the one warning about them.
    pub errors: Vec<String>,
}

#[derive(Debug, Default)]
struct DirMap {
    blocks: HashMap<String, Location>,
    /// Block key → attribute path (`metadata_options.0.http_tokens`) → location.
    attrs: HashMap<String, HashMap<String, Location>>,
}

impl SourceMap {
    pub fn load(root: &Path) -> SourceMap {
        SourceMap::of(&Tree::load(root))
    }

    pub fn of(tree: &Tree) -> SourceMap {
        let mut map = SourceMap {
            errors: tree.errors.clone(),
            ..SourceMap::default()
        };
        let first = tree.first_of_same_dir();
        // Module index → its directory's map.
        let mut dir_at: Vec<usize> = Vec::with_capacity(first.len());
        for (i, m) in tree.modules.iter().enumerate() {
            if m.path.is_empty() && map.root_file.is_none() {
                map.root_file = m.files.first().map(|f| f.shown.clone());
            }
            let d = match first[i] {
                f if f != i => dir_at[f],
                _ => {
                    let mut dir = DirMap::default();
                    for f in m.files.iter() {
                        match &f.body {
                            Some(body) => dir.add_body(f, body),
                            None => {
                                for (key, line) in scan::blocks(&f.text) {
                                    dir.blocks.entry(key).or_insert(Location {
                                        file: f.shown.clone(),
                                        line,
                                    });
                                }
                            }
                        }
                    }
                    map.dirs.push(dir);
                    map.dirs.len() - 1
                }
            };
            dir_at.push(d);
            map.dir_of.entry(m.path.clone()).or_insert(d);
        }
        map
    }

    pub fn is_empty(&self) -> bool {
        self.dirs.iter().all(|d| d.blocks.is_empty()) && self.root_file.is_none()
    }

    fn dir(&self, module_path: &str) -> Option<&DirMap> {
        self.dir_of.get(module_path).map(|&d| &self.dirs[d])
    }

    /// The location of a block, by its module path (names without keys) and key.
    pub fn find(&self, module_path: &str, block: &str) -> Option<&Location> {
        self.dir(module_path)?.blocks.get(block)
    }

    /// The line of an attribute inside a block (`metadata_options.0.http_tokens`), or of the
    /// closest enclosing attribute or nested block the source writes.
    pub fn find_attr(&self, module_path: &str, block: &str, attr: &str) -> Option<&Location> {
        let attrs = self.dir(module_path)?.attrs.get(block)?;
        let mut path = attr;
        loop {
            if let Some(l) = attrs.get(path) {
                return Some(l);
            }
            path = &path[..path.rfind('.')?];
        }
    }

    /// The root module's first `.tf` file, line 1 (for findings about the whole stack).
    pub fn root_file(&self) -> Option<Location> {
        self.root_file.as_ref().map(|file| Location {
            file: file.clone(),
            line: 1,
        })
    }
}

impl DirMap {
    fn add_body(&mut self, f: &File, body: &Body) {
        for b in body.blocks() {
            let Some(key) = block_key(b) else { continue };
            let Some(span) = b.span() else { continue };
            let line = f.line_of(span.start);
            self.blocks.entry(key.clone()).or_insert(Location {
                file: f.shown.clone(),
                line,
            });
            let attrs = self.attrs.entry(key).or_default();
            add_attrs(attrs, f, &b.body, "");
        }
    }
}

/// An attribute's or a nested block's name and the line it starts on.
pub(crate) fn name_and_line<'b>(f: &File, s: &'b Structure) -> Option<(&'b str, usize)> {
    let (name, span) = match s {
        Structure::Attribute(a) => (a.key.as_str(), a.span()),
        Structure::Block(b) => (b.ident.as_str(), b.span()),
    };
    Some((name, f.line_of(span?.start)))
}

/// Attribute lines, nested blocks numbered in order of appearance (`ingress.1.from_port`).
fn add_attrs(attrs: &mut HashMap<String, Location>, f: &File, body: &Body, prefix: &str) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for s in body.iter() {
        let Some((name, line)) = name_and_line(f, s) else {
            continue;
        };
        let path = match s {
            Structure::Attribute(_) => format!("{prefix}{name}"),
            Structure::Block(_) => {
                let n = seen.entry(name).or_default();
                *n += 1;
                format!("{prefix}{name}.{}", *n - 1)
            }
        };
        if let Structure::Block(b) = s {
            if b.ident.as_str() != "dynamic" && prefix.matches('.').count() < 16 {
                add_attrs(attrs, f, &b.body, &format!("{path}."));
            }
        }
        attrs.entry(path).or_insert(Location {
            file: f.shown.clone(),
            line,
        });
    }
}

/// `.terraform/modules/modules.json`: module key (`a.b`) → directory.
fn installed_modules(root: &Path) -> HashMap<String, PathBuf> {
    let mut out = HashMap::new();
    let file = root.join(".terraform/modules/modules.json");
    if std::fs::metadata(&file).map_or(true, |m| m.len() > MAX_FILE) {
        return out;
    }
    let Ok(text) = std::fs::read_to_string(file) else {
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

/// The fallback for a file the parser rejects (Terraform accepts a few things hcl-edit does
/// not, such as a key repeated in an object): block headers and `source` lines only.
mod scan {
    /// `(block key, line)` of each block header.
    pub fn blocks(text: &str) -> Vec<(String, usize)> {
        let lines: Vec<&str> = text.lines().collect();
        let mut out = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let key = match header(line).as_slice() {
                ["resource", t, n] => format!("{t}.{n}"),
                ["data", t, n] => format!("data.{t}.{n}"),
                ["variable", n] => format!("var.{n}"),
                ["module", n] => format!("module.{n}"),
                ["provider", n] => match block_argument(&lines[i + 1..], "alias") {
                    Some(alias) => format!("provider.{n}.{alias}"),
                    None => format!("provider.{n}"),
                },
                _ => continue,
            };
            out.push((key, i + 1));
        }
        out
    }

    pub fn module_calls(text: &str) -> Vec<(String, Option<String>)> {
        let lines: Vec<&str> = text.lines().collect();
        let mut out = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            if let ["module", n] = header(line).as_slice() {
                out.push((n.to_string(), block_argument(&lines[i + 1..], "source")));
            }
        }
        out
    }

    /// The words of a block header line: `resource "aws_s3_bucket" "logs" {`, labels quoted
    /// or not.
    pub fn header(line: &str) -> Vec<&str> {
        let t = line.trim();
        let Some(open) = t.find('{') else {
            return Vec::new();
        };
        let head = &t[..open];
        let words: Vec<&str> = head
            .split_whitespace()
            .map(|w| w.trim_matches('"'))
            .collect();
        let ok = matches!(
            (words.first().copied(), words.len()),
            (Some("resource" | "data"), 3) | (Some("module" | "variable" | "provider"), 2)
        );
        let clean = words.iter().all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"_-".contains(&b))
        });
        if ok && clean {
            words
        } else {
            Vec::new()
        }
    }

    /// A string argument written directly in a block (`source`, `alias`).
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_headers_of_the_fallback_scanner() {
        use scan::header;
        assert_eq!(
            header(r#"resource "aws_s3_bucket" "logs" {"#),
            vec!["resource", "aws_s3_bucket", "logs"]
        );
        assert_eq!(
            header(r#"resource aws_vpc "main" {"#),
            vec!["resource", "aws_vpc", "main"]
        );
        assert_eq!(header(r#"module "net" {"#), vec!["module", "net"]);
        assert!(header(r#"resources = ["a"]"#).is_empty());
        assert!(header(r#"# resource "a" "b" {"#).is_empty());
    }

    #[test]
    fn paths_are_normalised() {
        assert_eq!(normalise("examples/complete/../../main.tf"), "main.tf");
        assert_eq!(normalise("./a/./b.tf"), "a/b.tf");
        assert_eq!(normalise("../x/../y.tf"), "../y.tf");
        assert_eq!(normalise("."), ".");
        assert_eq!(normalise("/a/../b"), "/b");
    }

    #[test]
    fn demo_blocks_and_attributes_are_found_through_local_modules() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/demo");
        let map = SourceMap::load(&root);
        assert!(map.errors.is_empty(), "{:?}", map.errors);
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
        let bucket = map
            .find_attr("", "aws_s3_bucket.exports", "bucket")
            .unwrap();
        assert!(text
            .lines()
            .nth(bucket.line - 1)
            .unwrap()
            .trim_start()
            .starts_with("bucket"));
        // An attribute the source does not write: the block's nearest written ancestor.
        assert!(map
            .find_attr("", "aws_s3_bucket.exports", "versioning.0.enabled")
            .is_none());
        let relative = Tree::load(Path::new("./testdata/demo/"));
        assert_eq!(relative.root_shown, "testdata/demo");
        assert!(relative.modules[0].files[0]
            .shown
            .starts_with("testdata/demo/"));
    }
}
