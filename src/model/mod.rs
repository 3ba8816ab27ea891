//! The Stack: every resource of the plan with its effective values, configuration, module path,
//! provider and change action, plus the indexes that answer cross-resource questions.

pub mod address;
#[rustfmt::skip]
pub mod provider_tables;
mod resolve;
pub mod value;

/// The plan's values as rules and reporters read them, and the kind of input (plan or state):
/// part of the model's surface, so that nothing after the model imports the loader.
pub use crate::load::json::{format_num, Val, NULL};
pub use address::{Key, ModStep};
pub(crate) use resolve::data_block;
pub use resolve::{DynBlock, KeyState, Leaf, Resolved, Slot};
pub use value::Eff;
/// JSON text inside values (policies, event patterns), parsed into the same value type.
pub mod json {
    pub use crate::load::json::parse;
}
pub use crate::load::Kind;

use crate::load::Plan;
use address::{module_address, module_config_path, parse_module_address};
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::Arc;

thread_local! {
    /// The resolution budget of the rule running on this thread (see [`Stack::task`]).
    static TASK_BUDGET: Cell<Option<usize>> = const { Cell::new(None) };
}

pub type ResId = usize;

/// Plans with fewer resources are audited on one thread: a small plan takes about two
/// milliseconds, less than starting the thread pool (measured: 1 resource 2.4 ms alone, 3.3 ms
/// with threads; the demo's 74, 5.2 ms alone and 4.3 ms with them).
const THREADS_FROM: usize = 32;

/// Expressions from the `.tf` source, in the configuration's own shape (references or a
/// constant) with conditionals and operators kept: what the plan JSON lacks (locals) or lists
/// only by its references. Keyed by module path (`""`, `module.a`); looked up through the methods,
/// which map a module to the directory its expressions were converted for.
#[derive(Debug, Default)]
pub struct SourceExprs {
    /// One entry per module directory: a module called many times is converted once.
    pub(crate) dirs: Vec<DirExprs>,
    /// Module path → its directory's entry.
    pub(crate) dir_of: HashMap<String, usize>,
    /// The block names any `dynamic` block generates (a quick test before the lookup).
    pub(crate) dynamic_names: HashSet<String>,
}

/// The expressions of one module directory.
#[derive(Debug, Default)]
pub struct DirExprs {
    /// `locals` entries by name.
    pub(crate) locals: HashMap<String, crate::source::Lazy>,
    /// Block key → argument path (`ingress.0.cidr_blocks`) → a resource argument.
    pub(crate) attrs: HashMap<String, HashMap<String, crate::source::Lazy>>,
    /// Module call name → argument → its expression.
    pub(crate) calls: HashMap<String, HashMap<String, crate::source::Lazy>>,
    /// Outputs by name.
    pub(crate) outputs: HashMap<String, crate::source::Lazy>,
    /// Block key → the block names `dynamic` blocks generate in it, each with its blocks in
    /// source order.
    pub(crate) dynamics: HashMap<String, crate::source::Dynamics>,
    /// The block names `dynamic` blocks generate, in any block.
    pub(crate) dynamic_names: HashSet<String>,
    /// Variable name → its declared `type`, whitespace removed.
    pub(crate) var_types: HashMap<String, String>,
}

impl DirExprs {
    /// `other`'s entries added, replacing those of the same name (files read in name order).
    pub(crate) fn extend(&mut self, other: DirExprs) {
        merge(&mut self.locals, other.locals, true);
        merge(&mut self.outputs, other.outputs, true);
        merge_nested(&mut self.attrs, other.attrs, true);
        merge_nested(&mut self.calls, other.calls, true);
        merge(&mut self.dynamics, other.dynamics, true);
        self.dynamic_names.extend(other.dynamic_names);
        merge(&mut self.var_types, other.var_types, true);
    }
}

/// `from`'s entries added to `into` (`from` wins a key when `last`), moved whole into an
/// empty map: a directory's files are merged entry by entry only where both have some.
pub(crate) fn merge<K: Eq + std::hash::Hash, V>(
    into: &mut HashMap<K, V>,
    from: HashMap<K, V>,
    last: bool,
) {
    if into.len() < from.len() && (into.is_empty() || last) {
        let earlier = std::mem::replace(into, from);
        for (k, v) in earlier {
            into.entry(k).or_insert(v);
        }
    } else if last {
        into.extend(from);
    } else {
        for (k, v) in from {
            into.entry(k).or_insert(v);
        }
    }
}

/// [`merge`] of maps of maps, key by key.
pub(crate) fn merge_nested<K: Eq + std::hash::Hash, K2: Eq + std::hash::Hash, V>(
    into: &mut HashMap<K, HashMap<K2, V>>,
    from: HashMap<K, HashMap<K2, V>>,
    last: bool,
) {
    if into.is_empty() {
        *into = from;
        return;
    }
    for (k, v) in from {
        match into.entry(k) {
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(v);
            }
            std::collections::hash_map::Entry::Occupied(mut e) => merge(e.get_mut(), v, last),
        }
    }
}

impl SourceExprs {
    fn dir(&self, module: &str) -> Option<&DirExprs> {
        self.dir_of.get(module).map(|&d| &self.dirs[d])
    }

    /// A `locals` entry of a module (by module path, `module.a.module.b`).
    pub fn local(&self, module: &str, name: &str) -> Option<&Val<'static>> {
        self.dir(module)?.locals.get(name)?.get()
    }

    /// A resource argument (`ingress.0.cidr_blocks`) of block `block` of a module.
    pub fn attr(&self, module: &str, block: &str, path: &str) -> Option<&Val<'static>> {
        self.dir(module)?.attrs.get(block)?.get(path)?.get()
    }

    /// An argument of module call `call` written in a module.
    pub fn call(&self, module: &str, call: &str, arg: &str) -> Option<&Val<'static>> {
        self.dir(module)?.calls.get(call)?.get(arg)?.get()
    }

    /// An output's value.
    pub fn output(&self, module: &str, name: &str) -> Option<&Val<'static>> {
        self.dir(module)?.outputs.get(name)?.get()
    }

    /// The blocks named `name` of block `block`, when `dynamic` blocks generate some of them.
    pub(crate) fn dynamic(&self, module: &str, block: &str, name: &str) -> Option<&[Slot]> {
        if !self.dynamic_names.contains(name) {
            return None;
        }
        let all = self.dir(module)?.dynamics.get(block)?.get();
        all.iter()
            .find(|(n, _)| n == name)
            .map(|(_, s)| s.as_slice())
    }

    /// A variable's declared type (whitespace removed), when it declares one.
    pub(crate) fn var_type(&self, module: &str, name: &str) -> Option<&str> {
        self.dir(module)?.var_types.get(name).map(String::as_str)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    Create,
    Update,
    Delete,
    Replace,
    Read,
    NoOp,
    /// From a state file, or prior state: the object exists and the plan does not touch it.
    Existing,
    /// `removed { lifecycle { destroy = false } }`: the object stays, unmanaged from here on.
    Forget,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
            Action::Replace => "replace",
            Action::Read => "read",
            Action::NoOp => "no-op",
            Action::Existing => "existing",
            Action::Forget => "forget",
        }
    }

    fn from_actions(actions: &[Val]) -> Action {
        let a: Vec<&str> = actions.iter().filter_map(Val::as_str).collect();
        match a.as_slice() {
            ["create"] => Action::Create,
            ["update"] => Action::Update,
            ["delete"] => Action::Delete,
            ["read"] => Action::Read,
            ["create", "delete"] | ["delete", "create"] => Action::Replace,
            ["forget"] => Action::Forget,
            _ => Action::NoOp,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    Managed,
    Data,
}

pub struct Resource<'p> {
    /// Full address: `module.a["k"].aws_x.y[0]`.
    pub address: Arc<str>,
    /// Shared by the resources of one module instance.
    pub module: Arc<[ModStep]>,
    pub mode: Mode,
    pub rtype: &'p str,
    /// The type's node in the provider's block tree (`provider_tables::block_root`), looked
    /// up once: rules ask whether a path is a block about a hundred times per resource.
    pub blocks: Option<u16>,
    pub name: &'p str,
    pub index: Option<Key>,
    pub provider_name: &'p str,
    pub action: Action,
    /// Values after the change (before it, for deletions and forgets).
    pub values: &'p Val<'p>,
    /// Values before the change (`values` when the plan has no `before`): where a replaced
    /// control pointed.
    pub before: &'p Val<'p>,
    /// `after_unknown`: which values are known only after apply.
    pub unknown: &'p Val<'p>,
    /// `after_sensitive` / `sensitive_values`.
    pub sensitive: &'p Val<'p>,
    /// The resource block in `configuration`, when the plan has it.
    pub config: Option<&'p Val<'p>>,
    pub scope: Option<ScopeId>,
    /// Module configuration path and block (`module.a`, `aws_x.y`): where its `.tf` source is,
    /// shared by every result on it.
    pub source_key: Arc<(String, String)>,
}

impl Resource<'_> {
    pub fn is_deleted(&self) -> bool {
        self.action == Action::Delete
    }
    /// Deleted or forgotten: not in this configuration after apply, so not judged. A forgotten
    /// object still exists, and still counts as a partner.
    pub fn leaves_configuration(&self) -> bool {
        matches!(self.action, Action::Delete | Action::Forget)
    }
    /// `aws_x.y` or `data.aws_x.y`: the block name inside its module.
    pub fn block(&self) -> String {
        match self.mode {
            Mode::Managed => format!("{}.{}", self.rtype, self.name),
            Mode::Data => format!("data.{}.{}", self.rtype, self.name),
        }
    }
}

pub type ScopeId = usize;

/// A module of the configuration (not an instance): the root, or a module call's module.
pub struct Scope<'p> {
    pub path: String,
    pub module: &'p Val<'p>,
    pub call: Option<&'p Val<'p>>,
    pub parent: Option<ScopeId>,
    pub children: HashMap<&'p str, ScopeId>,
}

/// A configuration reference from one resource's attribute to another resource.
#[derive(Debug, Clone)]
pub struct Edge<'p> {
    pub from: ResId,
    pub attr: &'p str,
    /// How it was found: the reference chain, or the known ID that matched.
    pub via: Arc<str>,
}

/// An attribute whose target the plan does not tell (a local, a computed expression).
/// What linking one resource found (see `Stack::link`).
#[derive(Default)]
struct Linked<'p> {
    edges: Vec<(ResId, Edge<'p>)>,
    unresolved: Vec<Unresolved<'p>>,
}

#[derive(Debug, Clone)]
pub struct Unresolved<'p> {
    pub from: ResId,
    pub attr: &'p str,
    pub reason: String,
    /// Resources the value may hold (operands of a choice the plan does not show).
    pub candidates: Vec<ResId>,
}

pub struct Stack<'p> {
    pub kind: Kind,
    pub resources: Vec<Resource<'p>>,
    pub scopes: Vec<Scope<'p>>,
    root: &'p Val<'p>,
    by_type: HashMap<&'p str, Vec<ResId>>,
    by_block: HashMap<String, Vec<ResId>>,
    by_scope_block: HashMap<(ScopeId, String), Vec<ResId>>,
    scope_by_path: HashMap<String, ScopeId>,
    config_blocks: HashMap<(ScopeId, &'p str), &'p Val<'p>>,
    ids: HashMap<&'p str, Vec<ResId>>,
    edges_in: Vec<Vec<Edge<'p>>>,
    /// Regions reported by data sources read through a provider configuration, keyed by the
    /// configuration's address in memory.
    region_hints: HashMap<usize, String>,
    /// Sensitive strings that are one word, for [`Stack::redact`]: looked up word by word.
    secret_words: HashSet<&'p str>,
    /// Sensitive strings of several words (or ending in punctuation), longest first.
    secret_phrases: Vec<&'p str>,
    /// Keyed by (type, attribute): rules ask for one pair at a time, once per resource.
    unresolved: HashMap<&'p str, HashMap<&'p str, Vec<Unresolved<'p>>>>,
    /// Resolution steps left: hostile reference shapes end in a dead end, not in a hang.
    budget: AtomicUsize,
    budget_total: usize,
    task_spent: AtomicUsize,
    task_max: AtomicUsize,
    /// The source's expressions, when a source that matches the plan was read.
    pub(crate) source: Option<&'p SourceExprs>,
    /// Expressions of blocks `dynamic` blocks generate, built once (see resolve/bind.rs).
    #[allow(clippy::type_complexity)]
    bound_nodes: std::sync::Mutex<HashMap<(usize, usize, String), &'static Val<'static>>>,
    /// The blocks of a resource that `dynamic` blocks generate, in expansion order, by
    /// (resource, block name): computed once (see resolve/bind.rs).
    #[allow(clippy::type_complexity)]
    expansions: std::sync::Mutex<HashMap<(usize, String), Result<Arc<Vec<(usize, Key)>>, String>>>,
    /// What several rules derive alike (a policy document's statements), by (kind, resource,
    /// path): computed once, with the resolution steps it cost (see [`Stack::shared`]).
    #[allow(clippy::type_complexity)]
    shared: std::sync::Mutex<HashMap<(&'static str, Arc<str>, String), (SharedValue, usize)>>,
    /// VPC → the `aws_default_security_group` that adopts its default group (by `vpc_id`):
    /// `aws_vpc.x.default_security_group_id` is that resource's group.
    default_groups: HashMap<ResId, ResId>,
}

type SharedValue = Arc<dyn std::any::Any + Send + Sync>;

impl<'p> Stack<'p> {
    pub fn build(plan: &'p Plan<'p>) -> Stack<'p> {
        Stack::build_with(plan, None)
    }

    /// [`Stack::build`] with the expressions of the plan's `.tf` source.
    pub fn build_with(plan: &'p Plan<'p>, source: Option<&'p SourceExprs>) -> Stack<'p> {
        Stack::prepare(plan).finish(source)
    }

    /// What the plan alone builds (scopes, resources, indexes), before the source is read.
    pub fn prepare(plan: &'p Plan<'p>) -> Stack<'p> {
        let root = &plan.root;
        let mut stack = Stack {
            kind: plan.kind,
            resources: Vec::new(),
            scopes: Vec::new(),
            root,
            by_type: HashMap::new(),
            by_block: HashMap::new(),
            by_scope_block: HashMap::new(),
            scope_by_path: HashMap::new(),
            config_blocks: HashMap::new(),
            ids: HashMap::new(),
            edges_in: Vec::new(),
            region_hints: HashMap::new(),
            secret_words: HashSet::new(),
            secret_phrases: Vec::new(),
            unresolved: HashMap::new(),
            budget: Default::default(),
            budget_total: 0,
            task_spent: Default::default(),
            task_max: Default::default(),
            source: None,
            bound_nodes: Default::default(),
            expansions: Default::default(),
            shared: Default::default(),
            default_groups: HashMap::new(),
        };
        if let Some(m) = root.get("configuration").and_then(|c| c.get("root_module")) {
            stack.add_scope(String::new(), m, None, None, 0);
        }
        stack.collect_resources();
        // Proportional to the plan's size: memoised resolution of real plans spends a few
        // steps per expression (about 0.2 per budgeted unit on the real plans with the most
        // modules), so only hostile shapes run out.
        let blocks = stack.config_blocks.len() + stack.scopes.len();
        stack.budget_total = 1_000_000 + 1_000 * (stack.resources.len() + blocks);
        stack.budget.store(stack.budget_total, Relaxed);
        stack.index();
        stack
    }

    /// The links, read with the source's expressions when there are some.
    pub fn finish(mut self, source: Option<&'p SourceExprs>) -> Stack<'p> {
        self.source = source;
        self.default_groups = self.adopted_default_groups();
        self.link();
        self.hint_regions();
        self.collect_secrets();
        self
    }

    /// The strings a message must never show: sensitive resource values and sensitive root
    /// variables, less those the plan also shows in clear (a name, a region, a known value),
    /// which redaction could not protect and which rules print for their own sake.
    fn collect_secrets(&mut self) {
        fn walk<'p>(
            v: &'p Val<'p>,
            mask: &Val,
            under: bool,
            f: &mut impl FnMut(&'p str, bool),
            depth: usize,
        ) {
            let under = under || matches!(mask, Val::Bool(true));
            match v {
                Val::Str(s) => f(s, under),
                Val::Arr(items) if depth < 64 => {
                    for (i, item) in items.iter().enumerate() {
                        walk(item, mask.idx(i).unwrap_or(&NULL), under, f, depth + 1);
                    }
                }
                Val::Obj(members) if depth < 64 => {
                    for (k, item) in members.iter() {
                        walk(item, mask.get(k).unwrap_or(&NULL), under, f, depth + 1);
                    }
                }
                _ => {}
            }
        }
        let mut secrets = Vec::new();
        for r in &self.resources {
            if !matches!(r.sensitive, Val::Null | Val::Bool(false)) {
                walk(
                    r.values,
                    r.sensitive,
                    false,
                    &mut |s, under| {
                        if under {
                            secrets.push(s)
                        }
                    },
                    0,
                );
            }
        }
        // Root variables: sensitive ones sit in the plan's `variables` in clear text.
        let root_vars = self
            .scopes
            .first()
            .and_then(|s| s.module.get("variables"))
            .and_then(Val::as_object)
            .zip(self.root.get("variables"));
        if let Some((decls, values)) = root_vars {
            for (name, decl) in decls {
                if decl.get("sensitive").and_then(Val::as_bool) == Some(true) {
                    if let Some(v) = values.get(name).and_then(|v| v.get("value")) {
                        walk(v, &Val::Bool(true), true, &mut |s, _| secrets.push(s), 0);
                    }
                }
            }
        }
        // Short strings ("yes", "1") and the words `display` writes would mask ordinary text.
        secrets.retain(|s| {
            s.chars().count() >= 4
                && !["null", "true", "false"]
                    .iter()
                    .any(|k| s.trim().eq_ignore_ascii_case(k))
        });
        if secrets.is_empty() {
            return;
        }
        let mut clear: HashSet<&str> = HashSet::new();
        {
            let wanted: HashSet<&str> = secrets.iter().copied().collect();
            let mut note = |s: &str| {
                if let Some(&w) = wanted.get(s) {
                    clear.insert(w);
                }
            };
            // Every resource's clear strings: a walk of the whole plan, on the pool when large.
            let clear_in = |r: &Resource<'p>| {
                let mut found: Vec<&'p str> = Vec::new();
                let mut keep = |s: &str| {
                    if let Some(&w) = wanted.get(s) {
                        found.push(w);
                    }
                };
                walk(
                    r.values,
                    r.sensitive,
                    false,
                    &mut |s, under| {
                        if !under {
                            keep(s)
                        }
                    },
                    0,
                );
                keep(r.name);
                keep(&r.address);
                r.module.iter().for_each(|m| keep(&m.name));
                found
            };
            let found: Vec<Vec<&'p str>> = if self.worth_threads() {
                use rayon::prelude::*;
                self.resources.par_iter().map(clear_in).collect()
            } else {
                self.resources.iter().map(clear_in).collect()
            };
            found.into_iter().flatten().for_each(&mut note);
            if let Some((decls, values)) = root_vars {
                for (name, v) in values.as_object().unwrap_or(&[]) {
                    let sensitive = decls.iter().any(|(n, d)| {
                        n == name && d.get("sensitive").and_then(Val::as_bool) == Some(true)
                    });
                    if !sensitive {
                        collect_strings(v, &mut note);
                    }
                }
            }
            // Provider configurations: regions and the like, printed in messages.
            if let Some(pc) = self
                .root
                .get("configuration")
                .and_then(|c| c.get("provider_config"))
            {
                collect_strings(pc, &mut note);
            }
            self.region_hints.values().for_each(|h| note(h));
        }
        secrets.retain(|s| !clear.contains(s));
        secrets.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        secrets.dedup();
        let (words, phrases): (Vec<&str>, Vec<&str>) = secrets
            .into_iter()
            .partition(|s| !s.contains(is_word_break) && !s.ends_with(WORD_END));
        self.secret_words = words.into_iter().collect();
        self.secret_phrases = phrases;
    }

    /// Whether the variable named by a qualified reference (`var.x`, `module.a.var.x`) is
    /// declared `sensitive`.
    pub fn variable_declared_sensitive(&self, qualified: &str) -> Option<bool> {
        let (module, var) = match qualified.rsplit_once(".var.") {
            Some((m, v)) => (m, v),
            None => ("", qualified.strip_prefix("var.")?),
        };
        let scope = self.scope_by_path.get(module)?;
        let decl = self.scopes[*scope].module.get("variables")?.get(var)?;
        Some(decl.get("sensitive").and_then(Val::as_bool) == Some(true))
    }

    /// Resolution steps spent so far, and the budget (diagnostics, `TFAUDIT_TIMINGS`).
    pub fn resolution_steps(&self) -> (usize, usize, usize) {
        let shared = self.budget_total - self.budget.load(Relaxed);
        (
            shared + self.task_spent.load(Relaxed),
            self.budget_total,
            self.task_max.load(Relaxed),
        )
    }

    /// Whether the plan is large enough for threads to pay for starting them.
    pub fn worth_threads(&self) -> bool {
        self.resources.len() >= THREADS_FROM
    }

    /// Spend `n` of the running rule's own budget: what it had left, or None outside a rule.
    pub(crate) fn task_budget_spend(&self, n: usize) -> Option<usize> {
        TASK_BUDGET.with(|t| t.get().inspect(|&left| t.set(Some(left.saturating_sub(n)))))
    }

    /// `f()`, which depends only on the stack, computed once for all the rules that ask for it
    /// by `(kind, resource, path)`. A rule that reads it is charged the steps it cost, and computes it
    /// itself when it could not afford them: each rule's budget runs out where it would alone,
    /// whatever ran first. Outside a rule, and when the budget ran out, it is not kept.
    pub fn shared<T: std::any::Any + Send + Sync>(
        &self,
        kind: &'static str,
        r: &Resource,
        path: &str,
        f: impl FnOnce() -> T,
    ) -> Arc<T> {
        let Some(left) = TASK_BUDGET.with(Cell::get) else {
            return Arc::new(f());
        };
        let key = (kind, r.address.clone(), path.to_string());
        let lock = || self.shared.lock().unwrap_or_else(|e| e.into_inner());
        let hit = lock().get(&key).cloned();
        if let Some((v, cost)) = hit {
            if left > cost {
                if let Ok(v) = v.downcast::<T>() {
                    self.task_budget_spend(cost);
                    return v;
                }
            }
        }
        let v = Arc::new(f());
        let after = TASK_BUDGET.with(Cell::get).unwrap_or(0);
        if after > 0 {
            lock().insert(key, (v.clone(), left - after));
        }
        v
    }

    /// Run `f` with a budget of `own` steps: its result and the steps it spent.
    fn with_budget<T>(&self, own: usize, f: impl FnOnce() -> T) -> (T, usize) {
        let outer = TASK_BUDGET.with(|t| t.replace(Some(own)));
        let out = f();
        let left = TASK_BUDGET.with(|t| t.replace(outer)).unwrap_or(0);
        (out, own - left)
    }

    /// Run `f` (one rule) with a resolution budget of its own: rules run in parallel, and a
    /// budget they shared would make which of them runs out depend on the scheduling. Each gets
    /// what the model left, up to a sixteenth of the whole: the rules together spend at most
    /// one budget per 16 rules.
    pub fn task<T>(&self, f: impl FnOnce() -> T) -> T {
        let own = self.budget.load(Relaxed).min(self.budget_total / 16);
        let (out, spent) = self.with_budget(own, f);
        self.task_spent.fetch_add(spent, Relaxed);
        self.task_max.fetch_max(spent, Relaxed);
        out
    }

    /// The plan's `configuration`, when it has one.
    pub fn configuration(&self) -> Option<&'p Val<'p>> {
        self.root.get("configuration")
    }

    /// A top-level member of the plan (`errored`, `complete`, …).
    pub fn top(&self, key: &str) -> Option<&'p Val<'p>> {
        self.root.get(key)
    }

    /// The last guard for free text (messages, provenance): a word equal to a sensitive value
    /// of the plan becomes `(sensitive)`. Words only, so that `main` never rewrites
    /// `aws_vpc.main` or `main.tf`; rules show values through [`Stack::show`] in the first place.
    pub fn redact<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        let mut out = std::borrow::Cow::Borrowed(text);
        // One pass over the words, whatever the number of secrets.
        if !self.secret_words.is_empty() {
            // Built from the first secret on: most texts hold none.
            let mut masked: Option<String> = None;
            let mut rest = text;
            loop {
                let cut = rest.find(is_word_break).unwrap_or(rest.len());
                let (word, tail) = rest.split_at(cut);
                let bare = word.trim_end_matches(WORD_END);
                let secret = !bare.is_empty() && self.secret_words.contains(bare);
                if secret && masked.is_none() {
                    let mut m = String::with_capacity(text.len());
                    m.push_str(&text[..text.len() - rest.len()]);
                    masked = Some(m);
                }
                if let Some(m) = masked.as_mut() {
                    if secret {
                        m.push_str(value::SENSITIVE);
                        m.push_str(&word[bare.len()..]);
                    } else {
                        m.push_str(word);
                    }
                }
                let Some(sep) = tail.chars().next() else {
                    break;
                };
                if let Some(m) = masked.as_mut() {
                    m.push(sep);
                }
                rest = &tail[sep.len_utf8()..];
            }
            if let Some(m) = masked {
                out = std::borrow::Cow::Owned(m);
            }
        }
        for s in &self.secret_phrases {
            if let Some(replaced) = replace_words(&out, s) {
                out = std::borrow::Cow::Owned(replaced);
            }
        }
        out
    }

    /// `data.aws_region` (name) and `data.aws_availability_zones` (id) are read through a
    /// provider configuration and report its region, even when its `region` is a local.
    fn hint_regions(&mut self) {
        let mut hints = HashMap::new();
        for t in ["aws_region", "aws_availability_zones"] {
            for (_, d) in self.of_type(t) {
                let value = ["name", "region", "id"]
                    .iter()
                    .find_map(|k| d.values.get(k).and_then(Val::as_str));
                if let (Some(pc), Some(v), Mode::Data) = (self.provider_config(d), value, d.mode) {
                    hints
                        .entry(pc as *const Val as usize)
                        .or_insert_with(|| v.to_string());
                }
            }
        }
        self.region_hints = hints;
    }

    fn add_scope(
        &mut self,
        path: String,
        module: &'p Val<'p>,
        call: Option<&'p Val<'p>>,
        parent: Option<ScopeId>,
        depth: usize,
    ) -> ScopeId {
        let id = self.scopes.len();
        self.scope_by_path.insert(path.clone(), id);
        self.scopes.push(Scope {
            path: path.clone(),
            module,
            call,
            parent,
            children: HashMap::new(),
        });
        for block in module
            .get("resources")
            .and_then(Val::as_array)
            .unwrap_or(&[])
        {
            if let Some(addr) = block.get("address").and_then(Val::as_str) {
                self.config_blocks.insert((id, addr), block);
            }
        }
        // Real configurations are a few levels deep; the bound guards hostile input.
        if depth < 64 {
            for (name, call) in module
                .get("module_calls")
                .and_then(Val::as_object)
                .unwrap_or(&[])
            {
                let Some(child) = call.get("module") else {
                    continue;
                };
                let child_path = if path.is_empty() {
                    format!("module.{name}")
                } else {
                    format!("{path}.module.{name}")
                };
                let cid = self.add_scope(child_path, child, Some(call), Some(id), depth + 1);
                self.scopes[id].children.insert(name.as_ref(), cid);
            }
        }
        id
    }

    fn collect_resources(&mut self) {
        let root = self.root;
        let mut seen: HashSet<Arc<str>> = HashSet::new();
        let changes = root.get("resource_changes").and_then(Val::as_array);
        if let Some(changes) = changes {
            // Built in parallel (addresses and module paths are formatted per resource), kept
            // in plan order: the first of duplicate addresses wins, as before.
            // Each module instance's path parsed once (a plan has many resources per module).
            let mut modules: HashMap<&'p str, Arc<[ModStep]>> = HashMap::new();
            for rc in changes {
                if let Some(a) = rc.get("module_address").and_then(Val::as_str) {
                    if !modules.contains_key(a) {
                        let steps = parse_module_address(a).unwrap_or_default();
                        modules.insert(a, steps.into());
                    }
                }
            }
            let one = |rc: &'p Val<'p>| -> Option<Resource<'p>> {
                let change = rc.get("change").unwrap_or(&NULL);
                let action = Action::from_actions(
                    change.get("actions").and_then(Val::as_array).unwrap_or(&[]),
                );
                let (values, unknown, sensitive) =
                    if matches!(action, Action::Delete | Action::Forget) {
                        (
                            change.get("before").unwrap_or(&NULL),
                            &NULL,
                            change.get("before_sensitive").unwrap_or(&NULL),
                        )
                    } else {
                        (
                            change.get("after").unwrap_or(&NULL),
                            change.get("after_unknown").unwrap_or(&NULL),
                            change.get("after_sensitive").unwrap_or(&NULL),
                        )
                    };
                // Deposed objects of a replacement are not resources of their own.
                if rc.get("deposed").is_some() {
                    return None;
                }
                let module = rc
                    .get("module_address")
                    .and_then(Val::as_str)
                    .and_then(|a| modules.get(a).cloned())
                    .unwrap_or_else(|| Arc::from([]));
                let mut r = self.make_resource(rc, module, action, values, unknown, sensitive)?;
                if let Some(b) = change.get("before").filter(|b| !b.is_null()) {
                    r.before = b;
                }
                Some(r)
            };
            // Only what is a resource is kept: a slot for every element was 200 bytes for each
            // `{}` or digit of a hostile plan's million elements (66-95x the file).
            let keep = |part: &'p [Val<'p>]| {
                let mut kept = Vec::with_capacity(part.len());
                kept.extend(part.iter().filter_map(one));
                if kept.len() < part.len() / 2 {
                    kept.shrink_to_fit();
                }
                kept
            };
            let built: Vec<Vec<Resource<'p>>> = if changes.len() >= THREADS_FROM {
                use rayon::prelude::*;
                changes.par_chunks(64).map(keep).collect()
            } else {
                vec![keep(changes)]
            };
            let n = built.iter().map(Vec::len).sum();
            self.resources.reserve(n);
            seen.reserve(n);
            for r in built.into_iter().flatten() {
                if seen.insert(r.address.clone()) {
                    self.resources.push(r);
                }
            }
        }
        // Without resource changes (old or trimmed plans), planned values are all we have.
        if changes.is_none() {
            if let Some(m) = root
                .get("planned_values")
                .and_then(|p| p.get("root_module"))
            {
                self.walk_state_module(m, Action::Create, &mut seen, 0);
            }
        }
        // Data sources read during plan, and unchanged objects, live in prior state.
        let state_root = match self.kind {
            Kind::State => root.get("values"),
            Kind::Plan => root.get("prior_state").and_then(|p| p.get("values")),
        };
        if let Some(m) = state_root.and_then(|v| v.get("root_module")) {
            self.walk_state_module(m, Action::Existing, &mut seen, 0);
        }
    }

    fn walk_state_module(
        &mut self,
        m: &'p Val<'p>,
        action: Action,
        seen: &mut HashSet<Arc<str>>,
        depth: usize,
    ) {
        let module: Arc<[ModStep]> = m
            .get("address")
            .and_then(Val::as_str)
            .and_then(parse_module_address)
            .unwrap_or_default()
            .into();
        for r in m.get("resources").and_then(Val::as_array).unwrap_or(&[]) {
            let values = r.get("values").unwrap_or(&NULL);
            let sensitive = r.get("sensitive_values").unwrap_or(&NULL);
            if let Some(res) =
                self.make_resource(r, module.clone(), action, values, &NULL, sensitive)
            {
                if seen.insert(res.address.clone()) {
                    self.resources.push(res);
                }
            }
        }
        if depth < 64 {
            for c in m
                .get("child_modules")
                .and_then(Val::as_array)
                .unwrap_or(&[])
            {
                self.walk_state_module(c, action, seen, depth + 1);
            }
        }
    }

    fn make_resource(
        &self,
        r: &'p Val<'p>,
        module: Arc<[ModStep]>,
        action: Action,
        values: &'p Val<'p>,
        unknown: &'p Val<'p>,
        sensitive: &'p Val<'p>,
    ) -> Option<Resource<'p>> {
        let rtype = r.get("type").and_then(Val::as_str)?;
        let name = r.get("name").and_then(Val::as_str)?;
        let mode = match r.get("mode").and_then(Val::as_str) {
            Some("data") => Mode::Data,
            _ => Mode::Managed,
        };
        let index = match r.get("index") {
            Some(Val::Num(n)) => Some(Key::Int(*n as i64)),
            Some(Val::Str(s)) => Some(Key::Str(s.to_string())),
            _ => None,
        };
        let action = if mode == Mode::Data && action == Action::Existing {
            Action::Read
        } else {
            action
        };
        let mut res = Resource {
            address: String::new().into(),
            module,
            mode,
            rtype,
            blocks: provider_tables::block_root(rtype),
            name,
            index,
            provider_name: r.get("provider_name").and_then(Val::as_str).unwrap_or(""),
            action,
            values,
            before: values,
            unknown,
            sensitive,
            config: None,
            scope: None,
            source_key: Default::default(),
        };
        let maddr = module_address(&res.module);
        let idx = res.index.as_ref().map(Key::to_string).unwrap_or_default();
        let block = res.block();
        res.address = if maddr.is_empty() {
            format!("{block}{idx}").into()
        } else {
            format!("{maddr}.{block}{idx}").into()
        };
        let path = module_config_path(&res.module);
        res.scope = self.scope_by_path.get(&path).copied();
        if let Some(s) = res.scope {
            res.config = self.config_blocks.get(&(s, block.as_str())).copied();
        }
        res.source_key = Arc::new((path, block));
        Some(res)
    }

    fn index(&mut self) {
        // Deterministic order whatever the input order: by address (unique, so unstable is
        // deterministic too).
        if self.worth_threads() {
            use rayon::prelude::*;
            self.resources
                .par_sort_unstable_by(|a, b| a.address.cmp(&b.address));
        } else {
            self.resources
                .sort_unstable_by(|a, b| a.address.cmp(&b.address));
        }
        // Each resource's block, and its address in its module instance, written in parallel:
        // the maps below are filled in order.
        let names = |r: &Resource| {
            let block = r.block();
            let maddr = module_address(&r.module);
            let at = if maddr.is_empty() {
                block.clone()
            } else {
                format!("{maddr}.{block}")
            };
            (at, block)
        };
        let names: Vec<(String, String)> = if self.worth_threads() {
            use rayon::prelude::*;
            self.resources.par_iter().map(names).collect()
        } else {
            self.resources.iter().map(names).collect()
        };
        let (ats, blocks): (Vec<String>, Vec<String>) = names.into_iter().unzip();
        // Four maps, each filled in resource order by a task of its own.
        let resources = &self.resources;
        let by_type = || {
            let mut m: HashMap<&'p str, Vec<ResId>> = HashMap::new();
            for (id, r) in resources.iter().enumerate() {
                m.entry(r.rtype).or_default().push(id);
            }
            m
        };
        let by_block = || {
            let mut m: HashMap<String, Vec<ResId>> = HashMap::new();
            for (id, at) in ats.into_iter().enumerate() {
                m.entry(at).or_default().push(id);
            }
            m
        };
        let by_scope_block = || {
            let mut m: HashMap<(ScopeId, String), Vec<ResId>> = HashMap::new();
            for ((id, r), block) in resources.iter().enumerate().zip(blocks) {
                if let Some(s) = r.scope {
                    m.entry((s, block)).or_default().push(id);
                }
            }
            m
        };
        let ids = || {
            let mut m: HashMap<&'p str, Vec<ResId>> = HashMap::new();
            for (id, r) in resources.iter().enumerate() {
                if r.is_deleted() {
                    continue;
                }
                for key in ["id", "arn", "bucket", "name", "function_name"] {
                    if let Some(Val::Str(v)) = r.values.get(key) {
                        if !v.is_empty() {
                            let ids = m.entry(v.as_ref()).or_default();
                            if ids.last() != Some(&id) {
                                ids.push(id);
                            }
                        }
                    }
                }
            }
            m
        };
        let ((by_type, by_block), (by_scope_block, ids)) = if self.worth_threads() {
            rayon::join(
                || rayon::join(by_type, by_block),
                || rayon::join(by_scope_block, ids),
            )
        } else {
            ((by_type(), by_block()), (by_scope_block(), ids()))
        };
        self.by_type = by_type;
        self.by_block = by_block;
        self.by_scope_block = by_scope_block;
        self.ids = ids;
    }

    /// Edges and unresolved links of every resource. Resources are linked in parallel, each
    /// with the budget the sequential order would leave it: a resource that overspends it is
    /// linked again with what is really left, so results do not depend on the scheduling.
    /// Each VPC whose default group one `aws_default_security_group` adopts, by a `vpc_id` that
    /// references that one VPC instance: the adopter. A VPC two adopt, or one adopted through
    /// what cannot be followed, has none here.
    fn adopted_default_groups(&self) -> HashMap<ResId, ResId> {
        let mut found: HashMap<ResId, Vec<ResId>> = HashMap::new();
        for (id, d) in self.of_type("aws_default_security_group") {
            let Some(e) = self.expr_at(d, "vpc_id") else {
                continue;
            };
            let leaves = self.resolve_from(d, e);
            if let [l] = leaves.as_slice() {
                if let Leaf::Resource {
                    ids,
                    attr,
                    unsure: None,
                    ..
                } = &l.leaf
                {
                    if let ([vpc], [a]) = (ids.as_slice(), attr.as_slice()) {
                        if a == "id" && self.resources[*vpc].rtype == "aws_vpc" {
                            found.entry(*vpc).or_default().push(id);
                        }
                    }
                }
            }
        }
        found
            .into_iter()
            .filter_map(|(vpc, ds)| match ds.as_slice() {
                [one] => Some((vpc, *one)),
                _ => None,
            })
            .collect()
    }

    fn link(&mut self) {
        use rayon::prelude::*;
        let n = self.resources.len();
        let mut linked: Vec<Linked<'p>> = Vec::with_capacity(n);
        let mut left = self.budget.load(Relaxed);
        // Every resource is linked at once, speculatively, with the whole budget left; the
        // results are then taken in order while their steps fit, and the rest linked again one
        // by one with what is left, so the outcome is that of linking in order. A resource
        // starts only while those done spent less than the budget: a hostile plan wastes at
        // most a budget per thread (batches of 16 waited for their slowest resource: 2.6 ms of
        // the largest real plan with its source).
        let start_left = left;
        let done = std::sync::atomic::AtomicUsize::new(0);
        let one = |from| {
            if done.load(Relaxed) > start_left {
                return None;
            }
            let (linked, spent) = self.with_budget(start_left, || self.link_one(from));
            done.fetch_add(spent, Relaxed);
            Some((linked, spent))
        };
        let part: Vec<Option<(Linked<'p>, usize)>> = if self.worth_threads() {
            (0..n).into_par_iter().map(one).collect()
        } else {
            (0..n).map(one).collect()
        };
        let mut stale = false;
        for (from, one) in part.into_iter().enumerate() {
            match one {
                Some((one, spent)) if !stale && spent <= left => {
                    left -= spent;
                    linked.push(one);
                }
                _ => {
                    // Past this point the speculative budgets were wrong.
                    stale = true;
                    let (one, spent) = self.with_budget(left, || self.link_one(from));
                    left = left.saturating_sub(spent);
                    linked.push(one);
                }
            }
        }
        self.budget.store(left, Relaxed);
        let mut edges: Vec<Vec<Edge<'p>>> = vec![Vec::new(); n];
        let mut unresolved: HashMap<&'p str, HashMap<&'p str, Vec<Unresolved<'p>>>> =
            HashMap::new();
        for (from, one) in linked.into_iter().enumerate() {
            for (to, e) in one.edges {
                edges[to].push(e);
            }
            let rtype = self.resources[from].rtype;
            for u in one.unresolved {
                unresolved
                    .entry(rtype)
                    .or_default()
                    .entry(u.attr)
                    .or_default()
                    .push(u);
            }
        }
        self.edges_in = edges;
        self.unresolved = unresolved;
    }

    /// One resource's links: (target, edge) and unresolved attributes, in the order found.
    fn link_one(&self, from: ResId) -> Linked<'p> {
        let r = &self.resources[from];
        let mut out = Linked::default();
        let mut seen: HashSet<(ResId, &'p str)> = HashSet::new();
        let mut push =
            |to: ResId, attr: &'p str, via: &Arc<str>, edges: &mut Vec<(ResId, Edge<'p>)>| {
                if to != from && seen.insert((to, attr)) {
                    edges.push((
                        to,
                        Edge {
                            from,
                            attr,
                            via: via.clone(),
                        },
                    ));
                }
            };
        // Known strings a configuration reference accounts for: no name match adds to them.
        let mut explained: HashSet<(&'p str, &'p str)> = HashSet::new();
        // Where its expressions are evaluated: made once, for the first that has one.
        let mut at = None;
        if let Some(exprs) = r
            .config
            .and_then(|c| c.get("expressions"))
            .and_then(Val::as_object)
        {
            let module = self.source.map(|_| address::module_config_path(&r.module));
            for (attr, expr) in exprs {
                let mut leaves = Vec::new();
                let unknown = value::has_unknown(r, attr);
                for (sub, e) in expressions_in(expr) {
                    // The source's expression, when it says more than the references (and
                    // the plan does not know the value: a known value decides the links).
                    let e = match (self.source, &module) {
                        (Some(src), Some(m)) if unknown => self.richer(e, || {
                            let path = if sub.is_empty() {
                                attr.to_string()
                            } else {
                                format!("{attr}.{sub}")
                            };
                            src.attr(m, &r.block(), &path)
                        }),
                        _ => e,
                    };
                    let at = at.get_or_insert_with(|| self.instance_ctx(r));
                    leaves.extend(self.resolve_for(at.as_ref(), e));
                }
                // What the plan knows beats what the configuration suggests: a known empty
                // value links nowhere, and a reference links only when the known value
                // holds the referenced value.
                let mut known: HashSet<&'p str> = HashSet::new();
                let known_empty = !unknown && r.values.get(attr).is_none_or(is_empty);
                if !unknown {
                    collect_strings(r.values.get(attr).unwrap_or(&NULL), &mut |s| {
                        known.insert(s);
                    });
                }
                let mut dead = None;
                let mut candidates = Vec::new();
                // `vpc_id = try(aws_vpc.a[0].id, aws_vpc.b.id)`: one value, from one of
                // several resources; which one the references do not show.
                let choice = unknown
                    && {
                        let mut targets: Vec<ResId> = leaves
                            .iter()
                            .filter_map(|l| match &l.leaf {
                                Leaf::Resource {
                                    ids, unsure: None, ..
                                } => Some(ids.iter().copied()),
                                _ => None,
                            })
                            .flatten()
                            .collect();
                        targets.sort_unstable();
                        targets.dedup();
                        targets.len() > 1
                    }
                    && provider_tables::single_valued(r.rtype, attr);
                for l in &leaves {
                    match &l.leaf {
                        Leaf::Resource {
                            unsure: Some(why),
                            ids,
                            ..
                        } if unknown => {
                            dead = Some(l.via_text(why));
                            candidates.extend(ids.iter().copied());
                        }
                        Leaf::Resource { ids, reference, .. } if choice => {
                            dead = Some(l.via_text(&format!(
                                "{attr} holds one value, and {reference} is one of several resources it may come from"
                            )));
                            candidates.extend(ids.iter().copied());
                        }
                        Leaf::Resource {
                            ids,
                            reference,
                            attr: path,
                            ..
                        } => {
                            let via: Arc<str> = l.via_text(reference).into();
                            for &to in ids {
                                if unknown {
                                    push(to, attr, &via, &mut out.edges);
                                    continue;
                                }
                                if known_empty || path.is_empty() {
                                    continue;
                                }
                                // A known value cannot come from a value the plan marks
                                // unknown; documents are compared by the plan's normalised
                                // text, so a document the target holds is not compared.
                                let target = &self.resources[to];
                                let at = path.join(".");
                                if value::masked(target.unknown, &at) {
                                    continue;
                                }
                                let mut hit = Vec::new();
                                let mut document = false;
                                if let Some(tv) = value::lookup(target.values, &at) {
                                    collect_strings(tv, &mut |s| {
                                        if s.starts_with(['{', '[']) {
                                            document = true;
                                        } else if let Some(k) = known.get(s) {
                                            hit.push(*k);
                                        }
                                    });
                                }
                                if !hit.is_empty() || document {
                                    push(to, attr, &via, &mut out.edges);
                                    explained.extend(hit.into_iter().map(|s| (attr.as_ref(), s)));
                                }
                            }
                        }
                        Leaf::DeadEnd(why) => dead = Some(l.via_text(why)),
                        Leaf::Value(..) => {}
                    }
                }
                if let Some(reason) = dead {
                    if unknown && !r.is_deleted() {
                        out.unresolved.push(Unresolved {
                            from,
                            attr,
                            reason,
                            candidates,
                        });
                    }
                }
            }
        }
        // Dynamic blocks are not in the configuration: what they hold cannot be followed.
        if !r.is_deleted() {
            // Only a block is dynamic: a managed resource's are its type's blocks the plan
            // marks unknown, fewer than its unknown attributes (both in name order).
            let unknown: Vec<&'p str> = match (r.mode, r.blocks) {
                (Mode::Data, _) => r
                    .unknown
                    .as_object()
                    .unwrap_or(&[])
                    .iter()
                    .map(|(k, _)| k.as_ref())
                    .collect(),
                (_, Some(node)) => provider_tables::BLOCK_NODES[usize::from(node)]
                    .iter()
                    .map(|(k, _)| *k)
                    .filter(|k| r.unknown.get(k).is_some())
                    .collect(),
                (_, None) => Vec::new(),
            };
            for attr in unknown {
                let written = r
                    .config
                    .and_then(|c| c.get("expressions"))
                    .and_then(|e| e.get(attr))
                    .is_some();
                if written {
                    continue;
                }
                if let Some(reason) = self.dynamic_unknown(r, attr, true) {
                    out.unresolved.push(Unresolved {
                        from,
                        attr,
                        reason,
                        candidates: Vec::new(),
                    });
                }
            }
        }
        if !self.ids.is_empty() {
            if let Some(members) = r.values.as_object() {
                for (attr, v) in members {
                    let mut found = Vec::new();
                    collect_strings(v, &mut |s| {
                        if !explained.contains(&(attr.as_ref(), s)) {
                            found.extend(self.known_matches(r, s).into_iter().map(|i| (i, s)));
                        }
                    });
                    for (to, s) in found {
                        push(
                            to,
                            attr,
                            &Arc::from(format!("known ID {s}")),
                            &mut out.edges,
                        );
                    }
                }
            }
        }
        out
    }

    /// Resources whose known `id`, `arn`, `name`, `bucket` or `function_name` is `value`, as
    /// `from` can mean them: a name or ID matches only within `from`'s provider configuration
    /// (one region), except for ARNs and for global services.
    pub fn known_matches(&self, from: &Resource<'p>, value: &str) -> Vec<ResId> {
        let found = self.by_known_id(value);
        if found.is_empty() || value.starts_with("arn:") {
            return found.to_vec();
        }
        let mine = self.provider_key(from);
        found
            .iter()
            .copied()
            .filter(|&i| {
                let t = &self.resources[i];
                let theirs = self.provider_key(t);
                // Without configuration (a state, a forgotten object) the region is not known.
                is_global(t.rtype) || mine == 0 || theirs == 0 || theirs == mine
            })
            .collect()
    }

    /// Which provider configuration a resource uses, as a comparable key (0: none known).
    fn provider_key(&self, r: &Resource<'p>) -> usize {
        self.provider_config(r)
            .map_or(0, |pc| pc as *const Val as usize)
    }

    /// Whether root variable `name` has its declared default as its value in this plan.
    pub fn root_variable_is_default(&self, name: &str) -> bool {
        let default = self
            .scopes
            .first()
            .and_then(|s| s.module.get("variables"))
            .and_then(|v| v.get(name))
            .and_then(|v| v.get("default"));
        let value = self
            .root
            .get("variables")
            .and_then(|v| v.get(name))
            .and_then(|v| v.get("value"));
        default.is_some() && (value.is_none() || value == default)
    }

    /// Resources whose known `id`, `arn`, `name`, `bucket` or `function_name` is `value`.
    pub fn by_known_id(&self, value: &str) -> &[ResId] {
        self.ids.get(value).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn of_type(&self, rtype: &str) -> impl Iterator<Item = (ResId, &Resource<'p>)> {
        self.by_type
            .get(rtype)
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .map(move |&i| (i, &self.resources[i]))
    }

    /// Resources of type `from_type` whose attribute `attr` points at `to`, through configuration
    /// references (across modules) or known IDs. Resources being deleted do not count.
    pub fn pointing_at(&self, to: ResId, from_type: &str, attr: &str) -> Vec<&Edge<'p>> {
        self.edges_in[to]
            .iter()
            .filter(|e| {
                let f = &self.resources[e.from];
                f.rtype == from_type && e.attr == attr && !f.is_deleted()
            })
            .collect()
    }

    /// Resources of type `from_type` whose attribute `attr` is unknown and could not be followed.
    pub fn unresolved(&self, from_type: &str, attr: &str) -> &[Unresolved<'p>] {
        self.unresolved
            .get(from_type)
            .and_then(|by_attr| by_attr.get(attr))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Every attribute that is unknown in the plan and whose reference could not be followed,
    /// in resource and attribute order (messages must not depend on a hash order).
    pub fn all_unresolved(&self) -> impl Iterator<Item = &Unresolved<'p>> {
        let mut all: Vec<&Unresolved<'p>> = self
            .unresolved
            .values()
            .flat_map(|by_attr| by_attr.values().flatten())
            .collect();
        all.sort_by_key(|u| (u.from, u.attr));
        all.into_iter()
    }

    /// Every reference to `to` from a resource that is not being deleted.
    pub fn edges_to(&self, to: ResId) -> impl Iterator<Item = &Edge<'p>> {
        self.edges_in[to]
            .iter()
            .filter(|e| !self.resources[e.from].is_deleted())
    }

    /// The references of the root module's outputs.
    pub fn root_output_references(&self) -> Vec<&'p str> {
        let Some(root) = self.scopes.first() else {
            return Vec::new();
        };
        root.module
            .get("outputs")
            .and_then(Val::as_object)
            .unwrap_or(&[])
            .iter()
            .filter_map(|(_, o)| o.get("expression")?.get("references"))
            .flat_map(Val::strings)
            .collect()
    }

    /// The provider configuration of a resource (`provider_config_key`).
    pub fn provider_config(&self, r: &Resource<'p>) -> Option<&'p Val<'p>> {
        let key = r.config?.get("provider_config_key")?.as_str()?;
        let pc = self.root.get("configuration")?.get("provider_config")?;
        // A module's implicit provider is an entry without expressions, keyed "module.x:aws":
        // it inherits the parent module's configuration, up to the root's "aws".
        let mut key = key.to_string();
        for _ in 0..64 {
            match pc.get(&key) {
                Some(entry) if entry.get("expressions").is_some() => return Some(entry),
                found => {
                    let Some((module, name)) = key.rsplit_once(':') else {
                        return found;
                    };
                    key = match module.rfind(".module.") {
                        Some(i) => format!("{}:{name}", &module[..i]),
                        None => name.to_string(),
                    };
                }
            }
        }
        None
    }

    /// Resolve an expression of a resource's provider configuration (`region`, `default_tags`).
    pub fn resolve_from_provider(&self, r: &Resource<'p>, expr: &'p Val<'p>) -> Vec<Resolved<'p>> {
        let scope = self
            .provider_config(r)
            .and_then(|pc| pc.get("module_address"))
            .and_then(Val::as_str)
            .map(|m| self.scope_by_path.get(&strip_keys(m)).copied())
            .unwrap_or(Some(0));
        match scope {
            Some(s) if s < self.scopes.len() => self.resolve(s, &[], expr),
            _ => Vec::new(),
        }
    }

    /// The region a resource is created in, resolved through variables.
    pub fn region(&self, r: &Resource<'p>) -> Option<String> {
        let pc = self.provider_config(r)?;
        let configured = pc
            .get("expressions")
            .and_then(|e| e.get("region"))
            .and_then(|expr| {
                self.resolve_from_provider(r, expr)
                    .into_iter()
                    .find_map(|l| match l.leaf {
                        Leaf::Value(v, _) => v.as_str().map(str::to_string),
                        _ => None,
                    })
            });
        configured.or_else(|| self.region_hints.get(&(pc as *const Val as usize)).cloned())
    }
}

/// Null, "", [] or {}.
fn is_empty(v: &Val) -> bool {
    match v {
        Val::Null => true,
        Val::Str(s) => s.is_empty(),
        Val::Arr(a) => a.is_empty(),
        Val::Obj(m) => m.is_empty(),
        _ => false,
    }
}

/// Types whose names are account-wide or global, not per region.
fn is_global(rtype: &str) -> bool {
    [
        "aws_iam_",
        "aws_s3_bucket",
        "aws_cloudfront_",
        "aws_route53_",
        "aws_organizations_",
    ]
    .iter()
    .any(|p| rtype.starts_with(p))
}

fn strip_keys(module_address: &str) -> String {
    parse_module_address(module_address)
        .map(|p| module_config_path(&p))
        .unwrap_or_else(|| module_address.to_string())
}

/// The expression objects inside an attribute's configuration entry (blocks nest them).
/// The expressions in an argument's configuration (nested blocks are lists of objects of
/// expressions), each with its path from the argument (`0.cidr_blocks`).
fn expressions_in<'a, 'p>(expr: &'a Val<'p>) -> Vec<(String, &'a Val<'p>)> {
    let mut out = Vec::new();
    fn walk<'a, 'p>(
        v: &'a Val<'p>,
        at: String,
        out: &mut Vec<(String, &'a Val<'p>)>,
        depth: usize,
    ) {
        if depth > 32 {
            return;
        }
        let join = |k: &str| {
            if at.is_empty() {
                k.to_string()
            } else {
                format!("{at}.{k}")
            }
        };
        match v {
            Val::Obj(_) if value::is_expression(v) => out.push((at, v)),
            Val::Obj(members) => members
                .iter()
                .for_each(|(k, m)| walk(m, join(k), out, depth + 1)),
            Val::Arr(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, m)| walk(m, join(&i.to_string()), out, depth + 1)),
            _ => {}
        }
    }
    walk(expr, String::new(), &mut out, 0);
    out
}

/// What may end a word without being part of it (`main.` at the end of a sentence).
const WORD_END: [char; 4] = ['.', ':', '!', '?'];

/// Separates words in messages; `.` and `:` do not (addresses, ARNs, file names), except at
/// the end of a word.
fn is_word_break(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '"' | '\'' | '`' | '(' | ')' | '[' | ']' | '{' | '}' | '<' | '>' | ',' | ';' | '←'
        )
}

/// `text` with every whole word equal to `word` replaced by `(sensitive)`; None when none is.
fn replace_words(text: &str, word: &str) -> Option<String> {
    let mut out = String::new();
    let mut last = 0;
    for (i, _) in text.match_indices(word) {
        let before = text[..i].chars().next_back().is_none_or(is_word_break);
        let rest = text[i + word.len()..].trim_start_matches(WORD_END);
        let after = rest.chars().next().is_none_or(is_word_break);
        if before && after && i >= last {
            out.push_str(&text[last..i]);
            out.push_str(value::SENSITIVE);
            last = i + word.len();
        }
    }
    (last > 0).then(|| {
        out.push_str(&text[last..]);
        out
    })
}

fn collect_strings<'v>(v: &'v Val<'v>, f: &mut impl FnMut(&'v str)) {
    match v {
        Val::Str(s) => f(s),
        Val::Arr(items) => items.iter().for_each(|i| collect_strings(i, f)),
        Val::Obj(members) => members.iter().for_each(|(_, m)| collect_strings(m, f)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::replace_words;

    #[test]
    fn only_whole_words_are_redacted() {
        let r = |t: &str, w: &str| replace_words(t, w).unwrap_or_else(|| t.to_string());
        assert_eq!(r("snapshot is main", "main"), "snapshot is (sensitive)");
        assert_eq!(r("from main.", "main"), "from (sensitive).");
        assert_eq!(r("names (main, x)", "main"), "names ((sensitive), x)");
        // Addresses, file names, ARNs and longer words keep it.
        for t in [
            "aws_vpc.main has no flow log",
            "see main.tf",
            "arn:aws:kms:us-east-1:1:key/main",
            "mainline domain",
            "module.main_vpc",
        ] {
            assert_eq!(replace_words(t, "main"), None, "{t}");
        }
        assert_eq!(
            r("key in us-east-1, zone us-east-1a", "us-east-1"),
            "key in (sensitive), zone us-east-1a"
        );
        assert_eq!(
            r("a secret with spaces here", "secret with"),
            "a (sensitive) spaces here"
        );
    }
}
