//! The Terraform source beside the plan: the root module (`--source-dir`, or the working
//! directory when it holds `.tf` files), the local modules it calls and those `terraform init`
//! recorded in `.terraform/modules/modules.json`, each `.tf` file parsed with an HCL parser
//! (hcl-edit). What the plan JSON cannot say comes from here: file:line of blocks and
//! attributes, and inline suppressions.

mod dynamic;
pub mod expr;
pub mod ignore;
mod lazy;
mod skel;

pub use lazy::{Dynamics, Lazy};

use crate::model::Val;
use foldhash::{HashMap, HashMapExt};
use hcl_edit::structure::{Block, Body};
use skel::{blocks, Item};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

/// A file (relative to where tfaudit runs, `/`-separated) and a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// Shared by every location in the file.
    pub file: std::sync::Arc<str>,
    pub line: usize,
}

/// Files larger than this are not read (a `.tf` file is kilobytes; this bounds memory).
const MAX_FILE: u64 = 8 << 20;
/// Module nesting deeper than this is not followed.
const MAX_DEPTH: usize = 32;

/// One `.tf` file's text, while it is read.
pub struct File {
    /// As shown in findings: normalised, relative to where tfaudit runs.
    pub shown: std::sync::Arc<str>,
    pub text: String,
    line_starts: Vec<usize>,
}

impl std::fmt::Debug for File {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

impl File {
    fn new(shown: String, text: String) -> File {
        let mut line_starts = vec![0];
        // memchr: a `char` search cost as much as the scanner.
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        File {
            shown: shown.into(),
            text,
            line_starts,
        }
    }

    /// The 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset)
    }

    pub fn line(&self, n: usize) -> &str {
        self.text.lines().nth(n.saturating_sub(1)).unwrap_or("")
    }
}

/// What is kept of a directory's `.tf` files: each file is parsed, read and its syntax tree
/// freed in one task, so a run never holds every tree (they are some 30 times the text, and
/// touching that much fresh memory was most of the source's cost).
#[derive(Default)]
pub struct Dir {
    /// Its files as shown, by name.
    pub files: Vec<String>,
    map: DirMap,
    exprs: crate::model::DirExprs,
    /// Inline suppressions on module `""`: each call of the directory gets a copy.
    inline: Vec<ignore::Inline>,
    malformed: Vec<ignore::Malformed>,
    /// Module calls: name and `source`.
    calls: Vec<(String, Option<String>)>,
    errors: Vec<String>,
}

impl Dir {
    /// `other` (the next file by name) added: locations of the first file that has them,
    /// expressions of the last (as the files were read before).
    fn extend(&mut self, other: Dir) {
        self.files.extend(other.files);
        crate::model::merge(&mut self.map.blocks, other.map.blocks, false);
        crate::model::merge(&mut self.map.attrs, other.map.attrs, false);
        self.exprs.extend(other.exprs);
        self.inline.extend(other.inline);
        self.malformed.extend(other.malformed);
        self.calls.extend(other.calls);
        self.errors.extend(other.errors);
    }
}

/// A module of the configuration: its path (`""`, `module.a`, `module.a.module.b`) and files.
pub struct Module {
    pub path: String,
    /// Its directory (`path.module`), canonical when it can be.
    pub dir: PathBuf,
    /// Its directory's entry in [`Tree::dirs`] (every call of a directory shares it).
    pub at: usize,
}

/// The source tree: every module reached from the root, each directory read once.
#[derive(Default)]
pub struct Tree {
    pub modules: Vec<Module>,
    pub dirs: Vec<Dir>,
    /// Files that do not parse: `file:line: reason`, once each.
    pub errors: Vec<String>,
    /// The root module's directory as shown (`""` for the working directory).
    pub root_shown: String,
    /// The root module's directory (`path.root`), canonical when it can be.
    pub root_dir: Arc<PathBuf>,
    /// Directories already read → their entry in `dirs`.
    parsed: HashMap<PathBuf, usize>,
    templates: Arc<expr::Templates>,
    /// Expressions that do not parse, found when the model reads them.
    late: Arc<Mutex<Vec<String>>>,
    /// Bytes of plan parsed meanwhile on another thread (see [`Tree::read_dirs`]).
    alongside: u64,
    /// Directories as written → canonical.
    canonical: HashMap<PathBuf, PathBuf>,
}

impl Tree {
    /// Read the root module and the modules it calls. Unreadable directories and files are
    /// skipped; a file that does not parse is listed in `errors`.
    pub fn load(root: &Path) -> Tree {
        Tree::load_beside(root, 0)
    }

    /// [`Tree::load`] while a plan of `alongside` bytes is parsed on another thread.
    pub fn load_beside(root: &Path, alongside: u64) -> Tree {
        let shown = root.to_string_lossy().replace('\\', "/");
        let shown = normalise(shown.trim_end_matches('/'));
        let mut tree = Tree {
            root_shown: if shown == "." { String::new() } else { shown },
            root_dir: Arc::new(std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf())),
            alongside,
            ..Tree::default()
        };
        let installed = installed_modules(root);
        tree.read_ahead(root, &installed);
        let mut open = Vec::new();
        tree.read(root, "", &installed, &mut open);
        // Errors of the directories a module reads (modules.json may list one no call reaches).
        let mut used: Vec<usize> = tree.modules.iter().map(|m| m.at).collect();
        used.sort_unstable();
        used.dedup();
        for at in used {
            tree.errors.append(&mut tree.dirs[at].errors);
        }
        tree
    }

    /// `dir` canonical when it can be, each directory resolved once (a resolution reads the
    /// link of every component: a thousand system calls on a tree of 20 modules).
    fn canonical(&mut self, dir: &Path) -> PathBuf {
        if let Some(c) = self.canonical.get(dir) {
            return c.clone();
        }
        let c = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        self.canonical.insert(dir.to_path_buf(), c.clone());
        c
    }

    /// Read the tree's directories level by level, each level's files in one parallel pass
    /// (a module's own files alone would leave cores idle), the installed modules with the
    /// root. Every directory once; [`Tree::read`] then walks the calls and reads what this did
    /// not reach.
    fn read_ahead(&mut self, root: &Path, installed: &HashMap<String, PathBuf>) {
        let mut level = vec![(root.to_path_buf(), String::new())];
        // The modules `terraform init` installed are read with the root: one parallel pass
        // instead of one per level of nesting.
        let mut keys: Vec<&String> = installed.keys().collect();
        keys.sort();
        for k in keys {
            level.push((
                installed[k].clone(),
                format!("module.{}", k.replace('.', ".module.")),
            ));
        }
        for _ in 0..MAX_DEPTH {
            let mut dirs: Vec<(PathBuf, PathBuf, String)> = Vec::new();
            for (dir, path) in level {
                let here = self.canonical(&dir);
                if !self.parsed.contains_key(&here) && !dirs.iter().any(|(h, _, _)| *h == here) {
                    dirs.push((here, dir, path));
                }
            }
            if dirs.is_empty() {
                break;
            }
            let listed: Vec<(&Path, &Path)> = dirs
                .iter()
                .map(|(here, dir, _)| (dir.as_path(), here.as_path()))
                .collect();
            let read = self.read_dirs(&listed);
            level = Vec::new();
            for ((here, dir, path), d) in dirs.into_iter().zip(read) {
                for (name, source) in &d.calls {
                    if let Some(target) = call_target(&dir, &path, name, source.clone(), installed)
                    {
                        level.push(target);
                    }
                }
                self.parsed.insert(here, self.dirs.len());
                self.dirs.push(d);
            }
        }
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
        let here = self.canonical(dir);
        if open.contains(&here) || open.len() >= MAX_DEPTH {
            return;
        }
        let at = match self.parsed.get(&here) {
            Some(&at) => at,
            None => {
                let d = self.read_dirs(&[(dir, &here)]).pop().unwrap_or_default();
                self.parsed.insert(here.clone(), self.dirs.len());
                self.dirs.push(d);
                self.dirs.len() - 1
            }
        };
        // Calls first, so that the module is complete before its children are read.
        let calls = self.dirs[at].calls.clone();
        self.modules.push(Module {
            path: path.to_string(),
            dir: here.clone(),
            at,
        });
        open.push(here);
        for (name, source) in calls {
            if let Some((target, child)) = call_target(dir, path, &name, source, installed) {
                self.read(&target, &child, installed, open);
            }
        }
        open.pop();
    }

    /// The `.tf` files of each directory (`(dir, canonical dir)`), read in parallel, largest
    /// first; a text found twice (a module installed twice) is parsed once.
    fn read_dirs(&self, dirs: &[(&Path, &Path)]) -> Vec<Dir> {
        let mut names: Vec<(usize, PathBuf)> = Vec::new();
        let mut bytes = 0u64;
        for (i, (dir, _)) in dirs.iter().enumerate() {
            let Ok(entries) = std::fs::read_dir(dir) else {
                continue;
            };
            let mut here: Vec<PathBuf> = entries
                .flatten()
                .filter(|e| e.path().extension().is_some_and(|x| x == "tf"))
                .inspect(|e| bytes += e.metadata().map_or(0, |m| m.len()))
                .map(|e| e.path())
                .collect();
            here.sort();
            names.extend(here.into_iter().map(|p| (i, p)));
        }
        // A source that is read in less time than the plan beside it is parsed (the scanner
        // takes about three times as long per byte) is read on this thread alone: spread over
        // the pool, it slowed the plan's parse by more than it gained. Otherwise in parallel,
        // one file per task.
        let alone = bytes.saturating_mul(3) <= self.alongside;
        let files: Vec<(usize, Arc<File>)> = each(alone, names, |(i, name)| {
            if !std::fs::metadata(&name).is_ok_and(|m| m.is_file() && m.len() <= MAX_FILE) {
                return None;
            }
            let text = std::fs::read_to_string(&name).ok()?;
            let shown = normalise(&name.to_string_lossy().replace('\\', "/"));
            Some((i, Arc::new(File::new(shown, text))))
        })
        .into_iter()
        .flatten()
        .collect();
        // Files by text, largest first: each distinct text is one task (texts compared only
        // when their lengths are equal; hashing every text cost more).
        let mut order: Vec<usize> = (0..files.len()).collect();
        order.sort_by_key(|&n| (std::cmp::Reverse(files[n].1.text.len()), n));
        let mut tasks: Vec<Vec<usize>> = Vec::new();
        let mut first_of_len = 0;
        for &n in &order {
            let text = &files[n].1.text;
            if tasks
                .get(first_of_len)
                .is_none_or(|t| files[t[0]].1.text.len() != text.len())
            {
                first_of_len = tasks.len();
            }
            match tasks[first_of_len..]
                .iter_mut()
                .find(|t| files[t[0]].1.text == *text)
            {
                Some(t) => t.push(n),
                None => tasks.push(vec![n]),
            }
        }
        let ctxs: Vec<Arc<lazy::DirCtx>> = dirs
            .iter()
            .map(|(_, here)| {
                Arc::new(lazy::DirCtx {
                    module_dir: here.to_path_buf(),
                    root_dir: self.root_dir.clone(),
                    templates: self.templates.clone(),
                    errors: self.late.clone(),
                })
            })
            .collect();
        // One task per text, so that the largest files are spread over the threads (split in
        // halves, the first half held them all).
        let read: Vec<Vec<(usize, Dir)>> = each(alone, tasks, |same: Vec<usize>| {
            let items = structure(&files[same[0]].1.text);
            same.iter()
                .map(|&n| {
                    let (i, f) = &files[n];
                    (n, read_file(f, items.as_deref(), &ctxs[*i]))
                })
                .collect()
        });
        let mut parts: Vec<Option<Dir>> = files.iter().map(|_| None).collect();
        for (n, d) in read.into_iter().flatten() {
            parts[n] = Some(d);
        }
        let mut out: Vec<Dir> = dirs.iter().map(|_| Dir::default()).collect();
        for ((i, _), d) in files.iter().zip(parts) {
            out[*i].extend(d.unwrap_or_default());
        }
        out
    }
}

/// `f` of each item, in order: on this thread (`alone`), or one item per task of the pool.
fn each<T: Send, R: Send>(alone: bool, items: Vec<T>, f: impl Fn(T) -> R + Sync + Send) -> Vec<R> {
    use rayon::prelude::*;
    if alone {
        items.into_iter().map(f).collect()
    } else {
        items.into_par_iter().with_max_len(1).map(f).collect()
    }
}

/// Replaces, in the text given to the parser, an object key written a second time. Terraform
/// accepts `{ port = 80, ..., port = 80 }` (the last wins); hcl-edit rejects it. The repeated
/// key is renamed to a name of the same byte length made of this letter, so that offsets stay
/// those of the file, and an object with such a key is only its references, never its members
/// (see `expr::literal_key`).
pub(crate) const REDEFINED: char = '\u{aa}';
/// Repeated keys renamed in one file, at most.
const MAX_REDEFINED: usize = 64;

/// A file's structure: by the scanner, or, where it declines, by hcl-edit (which says why a
/// file does not parse).
fn structure(text: &str) -> Result<Vec<Item>, (usize, String)> {
    if let Ok(items) = skel::parse(text) {
        return Ok(items);
    }
    let body =
        parse_tf::<Body>(text).map_err(|e| (e.location().line(), e.message().to_string()))?;
    // Every structure hcl-edit returns has a span; should one not, the line scan reads it.
    Item::from_body(&body, text).ok_or((1, "a block without a position".to_string()))
}

/// A `.tf` file (or an expression of one) parsed as Terraform reads it: objects may repeat a
/// key.
fn parse_tf<T: std::str::FromStr<Err = hcl_edit::parser::Error>>(
    text: &str,
) -> Result<T, hcl_edit::parser::Error> {
    let mut result = text.parse::<T>();
    let mut patched: Option<String> = None;
    for _ in 0..MAX_REDEFINED {
        let at = match &result {
            Err(e) if e.message().contains("redefined object key") => e.location().offset(),
            _ => break,
        };
        let t = patched.get_or_insert_with(|| text.to_string());
        if !rename_key(t, at) {
            break;
        }
        match t.parse::<T>() {
            Ok(b) => return Ok(b),
            Err(e) => result = Err(e),
        }
    }
    // Errors are reported on the file as written.
    match (result, patched) {
        (Err(_), Some(_)) => text.parse::<T>(),
        (result, _) => result,
    }
}

/// The object key at byte `at` (an identifier or a quoted string) renamed with [`REDEFINED`];
/// false when there is none there, or it is shorter than one such letter.
fn rename_key(text: &mut String, at: usize) -> bool {
    let bytes = text.as_bytes();
    let (start, end) = match bytes.get(at) {
        Some(b'"') => {
            let mut i = at + 1;
            while i < bytes.len() && bytes[i] != b'"' {
                if bytes[i] == b'\\' || bytes[i] == b'\n' {
                    return false;
                }
                i += 1;
            }
            (at + 1, i)
        }
        Some(b) if b.is_ascii_alphabetic() || *b == b'_' => {
            let n = bytes[at..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_' || **b == b'-')
                .count();
            (at, at + n)
        }
        _ => return false,
    };
    let len = end - start;
    if len < REDEFINED.len_utf8() {
        return false;
    }
    let mut name = REDEFINED.to_string().repeat(len / REDEFINED.len_utf8());
    name.push_str(&"_".repeat(len % REDEFINED.len_utf8()));
    text.replace_range(start..end, &name);
    true
}

/// What a file holds: its locations, expressions, inline suppressions and module calls (a file
/// that does not parse: its block locations by a line scan, and its error).
fn read_file(
    f: &Arc<File>,
    items: Result<&[Item], &(usize, String)>,
    ctx: &Arc<lazy::DirCtx>,
) -> Dir {
    let mut d = Dir {
        files: vec![f.shown.to_string()],
        ..Dir::default()
    };
    match items {
        Ok(items) => {
            d.map.add_items(f, items);
            file_exprs(&mut d.exprs, f, ctx, items);
            (d.inline, d.malformed) = ignore::in_file(f, items);
            d.calls = module_calls(f, items);
        }
        Err((line, message)) => {
            d.errors.push(format!("{}:{line}: {message}", f.shown));
            for (key, line) in scan::blocks(&f.text) {
                d.map.blocks.entry(key).or_insert(Location {
                    file: f.shown.clone(),
                    line,
                });
            }
            d.calls = scan::module_calls(&f.text);
        }
    }
    d
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
    /// Expressions that do not parse, found when they are read ([`Source::late_warnings`]).
    late: Arc<Mutex<Vec<String>>>,
}

impl Source {
    pub fn load(root: &Path) -> Source {
        Source::load_beside(root, 0)
    }

    /// [`Source::load`] while a plan of `alongside` bytes is parsed on another thread.
    pub fn load_beside(root: &Path, alongside: u64) -> Source {
        let tree = Tree::load_beside(root, alongside);
        let mut inline = Vec::new();
        let mut malformed: Vec<String> = Vec::new();
        for m in &tree.modules {
            let d = &tree.dirs[m.at];
            inline.extend(d.inline.iter().map(|i| ignore::Inline {
                module: m.path.clone(),
                ..i.clone()
            }));
            malformed.extend(d.malformed.iter().cloned());
        }
        // A module called several times has its comments read once: one warning each.
        malformed.sort();
        malformed.dedup();
        let mut warnings: Vec<String> = tree
            .errors
            .iter()
            .map(|e| format!("{e} (locations in this file come from a line scan)"))
            .collect();
        warnings.extend(malformed);
        let root = if tree.root_shown.is_empty() {
            ".".to_string()
        } else {
            tree.root_shown.clone()
        };
        let late = tree.late.clone();
        let (map, exprs) = SourceMap::of(tree);
        Source {
            root,
            map,
            inline,
            exprs,
            warnings,
            late,
        }
    }

    /// The expressions read since that do not parse (an expression is parsed when the model
    /// first reads it), once each.
    pub fn late_warnings(&self) -> Vec<String> {
        let mut out = self.late.lock().unwrap_or_else(|e| e.into_inner()).clone();
        out.sort();
        out.dedup();
        out.into_iter()
            .map(|e| format!("{e} (the plan alone decides what this expression sets)"))
            .collect()
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

/// A file's locals, resource arguments, module call arguments and outputs.
fn file_exprs(
    out: &mut crate::model::DirExprs,
    f: &Arc<File>,
    ctx: &Arc<lazy::DirCtx>,
    items: &[Item],
) {
    let attrs = |b: &skel::Block| -> HashMap<String, Lazy> {
        b.items
            .iter()
            .filter_map(|i| match i {
                Item::Attr { key, value, .. } => {
                    Some((key.clone(), Lazy::new(f, value.clone(), ctx)))
                }
                Item::Block(_) => None,
            })
            .collect()
    };
    for b in blocks(items) {
        match (b.ident.as_str(), b.labels.as_slice()) {
            ("locals", []) => {
                for (k, v) in attrs(b) {
                    out.locals.insert(k, v);
                }
            }
            ("resource" | "data", [_, _]) => {
                let key = block_key(f, b).unwrap_or_default();
                let attrs = out.attrs.entry(key.clone()).or_default();
                block_exprs(attrs, f, ctx, &b.items, "");
                let names: Vec<&String> = b
                    .blocks()
                    .filter(|n| n.ident == "dynamic")
                    .flat_map(|n| &n.labels)
                    .collect();
                if !names.is_empty() {
                    out.dynamic_names.extend(names.into_iter().cloned());
                    out.dynamics
                        .insert(key, lazy::Dynamics::new(f, &b.items, ctx));
                }
            }
            ("variable", [name]) => {
                if let Some(t) = b.attr("type") {
                    out.var_types.insert(name.clone(), type_text(&f.text[t]));
                }
            }
            ("module", [name]) => {
                let args = out.calls.entry(name.clone()).or_default();
                args.extend(attrs(b));
            }
            ("output", [name]) => {
                if let Some(v) = b.attr("value") {
                    out.outputs.insert(name.clone(), Lazy::new(f, v, ctx));
                }
            }
            _ => {}
        }
    }
}

/// A resource's arguments, nested blocks numbered in order (`ingress.1.cidr_blocks`) as the
/// plan numbers them; `dynamic` blocks are not (the plan expands them).
fn block_exprs(
    out: &mut HashMap<String, Lazy>,
    f: &Arc<File>,
    ctx: &Arc<lazy::DirCtx>,
    items: &[Item],
    prefix: &str,
) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    // Blocks of a name that also has `dynamic` ones are numbered by the plan in an order the
    // source does not show: none of them is taken.
    let dynamic: Vec<&String> = items
        .iter()
        .filter_map(|i| match i {
            Item::Block(b) if b.ident == "dynamic" => Some(&b.labels),
            _ => None,
        })
        .flatten()
        .collect();
    for i in items {
        match i {
            Item::Block(b) if dynamic.iter().any(|d| **d == b.ident) => {}
            Item::Attr { key, value, .. } => {
                out.insert(format!("{prefix}{key}"), Lazy::new(f, value.clone(), ctx));
            }
            Item::Block(b) if b.ident != "dynamic" && prefix.len() < 256 => {
                let name = b.ident.as_str();
                let n = seen.entry(name).or_default();
                *n += 1;
                let path = format!("{prefix}{name}.{}.", *n - 1);
                block_exprs(out, f, ctx, &b.items, &path);
            }
            Item::Block(_) => {}
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
fn module_calls(f: &File, items: &[Item]) -> Vec<(String, Option<String>)> {
    blocks(items)
        .filter(|b| b.ident == "module")
        .filter_map(|b| {
            let name = b.labels.first()?.clone();
            let source = b.attr("source").and_then(|v| string_value(&f.text[v]));
            Some((name, source))
        })
        .collect()
}

/// The value of a literal string written as `text`.
fn string_value(text: &str) -> Option<String> {
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    if !inner.contains(['\\', '"', '$', '%']) {
        return Some(inner.to_string());
    }
    string_literal(&parse_tf(text).ok()?)
}

/// Where a module call's source is, and the child's module path: a local path, or where
/// `terraform init` installed it.
fn call_target(
    dir: &Path,
    path: &str,
    name: &str,
    source: Option<String>,
    installed: &HashMap<String, PathBuf>,
) -> Option<(PathBuf, String)> {
    let child = if path.is_empty() {
        format!("module.{name}")
    } else {
        format!("{path}.module.{name}")
    };
    let key = child.replace("module.", "");
    let target = source
        .filter(|s| s.starts_with("./") || s.starts_with("../"))
        .map(|s| dir.join(s))
        .or_else(|| installed.get(&key).cloned())?;
    Some((target, child))
}

/// A variable's type as written, whitespace removed (`map(object({a=string}))`).
fn type_text(written: &str) -> String {
    written.split_whitespace().collect()
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
fn block_key(f: &File, b: &skel::Block) -> Option<String> {
    Some(match (b.ident.as_str(), b.labels.as_slice()) {
        ("resource", [t, n]) => format!("{t}.{n}"),
        ("data", [t, n]) => format!("data.{t}.{n}"),
        ("variable", [n]) => format!("var.{n}"),
        ("module", [n]) => format!("module.{n}"),
        ("provider", [n]) => match b.attr("alias").and_then(|v| string_value(&f.text[v])) {
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
    /// Block key → its file and items, where attribute lines are found when asked for.
    attrs: HashMap<String, (Arc<File>, Arc<Vec<Item>>)>,
}

impl SourceMap {
    pub fn load(root: &Path) -> SourceMap {
        SourceMap::of(Tree::load(root)).0
    }

    /// The tree's locations and expressions, per directory, and which module reads which.
    pub fn of(tree: Tree) -> (SourceMap, crate::model::SourceExprs) {
        let mut map = SourceMap {
            errors: tree.errors,
            ..SourceMap::default()
        };
        let mut exprs = crate::model::SourceExprs::default();
        for m in &tree.modules {
            if m.path.is_empty() && map.root_file.is_none() {
                map.root_file = tree.dirs[m.at].files.first().cloned();
            }
            map.dir_of.entry(m.path.clone()).or_insert(m.at);
            exprs.dir_of.entry(m.path.clone()).or_insert(m.at);
        }
        for d in tree.dirs {
            map.dirs.push(d.map);
            exprs
                .dynamic_names
                .extend(d.exprs.dynamic_names.iter().cloned());
            exprs.dirs.push(d.exprs);
        }
        (map, exprs)
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
    pub fn find_attr(&self, module_path: &str, block: &str, attr: &str) -> Option<Location> {
        let (f, items) = self.dir(module_path)?.attrs.get(block)?;
        let mut path = attr;
        loop {
            if let Some(start) = locate(items, path, 0) {
                return Some(Location {
                    file: f.shown.clone(),
                    line: f.line_of(start),
                });
            }
            path = &path[..path.rfind('.')?];
        }
    }

    /// The root module's first `.tf` file, line 1 (for findings about the whole stack).
    pub fn root_file(&self) -> Option<Location> {
        self.root_file.as_ref().map(|file| Location {
            file: file.as_str().into(),
            line: 1,
        })
    }
}

impl DirMap {
    fn add_items(&mut self, f: &Arc<File>, items: &[Item]) {
        for b in blocks(items) {
            let Some(key) = block_key(f, b) else { continue };
            self.blocks.entry(key.clone()).or_insert(Location {
                file: f.shown.clone(),
                line: f.line_of(b.start),
            });
            self.attrs
                .entry(key)
                .or_insert_with(|| (f.clone(), b.items.clone()));
        }
    }
}

/// Where the attribute or nested block at `path` starts: `name` an attribute, `name.N` the
/// N-th block of that name (in order of appearance), `name.N.rest` inside it (not inside a
/// `dynamic` block, nor deeper than 8 levels).
fn locate(items: &[Item], path: &str, depth: usize) -> Option<usize> {
    let (name, rest) = path.split_once('.').unwrap_or((path, ""));
    if rest.is_empty() {
        return items.iter().find_map(|i| match i {
            Item::Attr { key, start, .. } if key == name => Some(*start),
            _ => None,
        });
    }
    let (n, rest) = rest.split_once('.').unwrap_or((rest, ""));
    let n: usize = n.parse().ok()?;
    let b = items
        .iter()
        .filter_map(|i| match i {
            Item::Block(b) if b.ident == name => Some(b),
            _ => None,
        })
        .nth(n)?;
    if rest.is_empty() {
        return Some(b.start);
    }
    if b.ident == "dynamic" || depth >= 8 {
        return None;
    }
    locate(&b.items, rest, depth + 1)
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
    fn objects_may_repeat_a_key_as_terraform_allows() {
        let text = "locals {\n  tg = {\n    port = 80\n    \"name\" = \"a\"\n    port = var.port\n    \"name\" = \"b\"\n  }\n}\n";
        let items = structure(text).unwrap();
        let Item::Block(locals) = &items[0] else {
            panic!("{items:?}")
        };
        let tg: hcl_edit::expr::Expression = parse_tf(&text[locals.attr("tg").unwrap()]).unwrap();
        // The object is its references only: never its first `port`.
        assert_eq!(
            expr::config_expr(&tg).to_json(),
            r#"{"computed":true,"references":["var.port"]}"#
        );
        // Offsets are the file's.
        assert_eq!(locals.items[0].start(), text.find("tg").unwrap());
        // A key of one byte cannot be renamed: the expression does not parse, and says why.
        let err = parse_tf::<hcl_edit::expr::Expression>("{\n  a = 1\n  a = 2\n}").unwrap_err();
        assert!(err.message().contains("redefined object key"));
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
        assert_eq!(&*exports.file, format!("{}/main.tf", root.display()));
        let text = std::fs::read_to_string(&*exports.file).unwrap();
        assert_eq!(
            text.lines().nth(exports.line - 1).unwrap(),
            r#"resource "aws_s3_bucket" "exports" {"#
        );
        let rule = map
            .find("module.network", "aws_security_group_rule.egress")
            .unwrap();
        assert_eq!(
            &*rule.file,
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
        assert!(relative.dirs[relative.modules[0].at].files[0].starts_with("testdata/demo/"));
    }
}
