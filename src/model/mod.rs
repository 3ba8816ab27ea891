//! The Stack: every resource of the plan with its effective values, configuration, module path,
//! provider and change action, plus the indexes that answer cross-resource questions.

pub mod address;
mod resolve;
pub mod value;

pub use address::{Key, ModStep};
pub use resolve::{Leaf, Resolved};
pub use value::Eff;

use crate::load::json::{Val, NULL};
use crate::load::{Kind, Plan};
use address::{module_address, module_config_path, parse_module_address};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub type ResId = usize;

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
    pub address: String,
    pub module: Vec<ModStep>,
    pub mode: Mode,
    pub rtype: &'p str,
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
    pub via: Rc<str>,
}

/// An attribute whose target the plan does not tell (a local, a computed expression).
#[derive(Debug, Clone)]
pub struct Unresolved<'p> {
    pub from: ResId,
    pub attr: &'p str,
    pub reason: String,
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
    /// Every string value the plan marks sensitive, longest first, for [`Stack::redact`].
    secrets: Vec<&'p str>,
    /// Keyed by (type, attribute): rules ask for one pair at a time, once per resource.
    unresolved: HashMap<&'p str, HashMap<&'p str, Vec<Unresolved<'p>>>>,
}

impl<'p> Stack<'p> {
    pub fn build(plan: &'p Plan<'p>) -> Stack<'p> {
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
            secrets: Vec::new(),
            unresolved: HashMap::new(),
        };
        if let Some(m) = root.get("configuration").and_then(|c| c.get("root_module")) {
            stack.add_scope(String::new(), m, None, None, 0);
        }
        stack.collect_resources();
        stack.index();
        stack.link();
        stack.hint_regions();
        stack.collect_secrets();
        stack
    }

    fn collect_secrets(&mut self) {
        fn walk<'p>(v: &'p Val<'p>, mask: &Val, under: bool, out: &mut Vec<&'p str>, depth: usize) {
            let under = under || matches!(mask, Val::Bool(true));
            match v {
                Val::Str(s) if under => out.push(s),
                Val::Arr(items) if depth < 64 => {
                    for (i, item) in items.iter().enumerate() {
                        walk(item, mask.idx(i).unwrap_or(&NULL), under, out, depth + 1);
                    }
                }
                Val::Obj(members) if depth < 64 => {
                    for (k, item) in members.iter() {
                        walk(item, mask.get(k).unwrap_or(&NULL), under, out, depth + 1);
                    }
                }
                _ => {}
            }
        }
        let mut secrets = Vec::new();
        for r in &self.resources {
            if !matches!(r.sensitive, Val::Null | Val::Bool(false)) {
                walk(r.values, r.sensitive, false, &mut secrets, 0);
            }
        }
        // Sensitive root variables: their values sit in the plan's `variables` in clear text.
        if let (Some(decls), Some(values)) = (
            self.scopes
                .first()
                .and_then(|s| s.module.get("variables"))
                .and_then(Val::as_object),
            self.root.get("variables"),
        ) {
            for (name, decl) in decls {
                if decl.get("sensitive").and_then(Val::as_bool) == Some(true) {
                    if let Some(v) = values.get(name).and_then(|v| v.get("value")) {
                        walk(v, &Val::Bool(true), true, &mut secrets, 0);
                    }
                }
            }
        }
        // Short strings ("1", "yes") would redact ordinary words, and JSON keywords would break
        // the JSON and SARIF reports the last guard rewrites; secrets are neither.
        secrets.retain(|s| {
            s.chars().count() >= 4
                && !["null", "true", "false"]
                    .iter()
                    .any(|k| s.trim().eq_ignore_ascii_case(k))
        });
        secrets.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        secrets.dedup();
        self.secrets = secrets;
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

    /// The plan's `configuration`, when it has one.
    pub fn configuration(&self) -> Option<&'p Val<'p>> {
        self.root.get("configuration")
    }

    /// A top-level member of the plan (`errored`, `complete`, …).
    pub fn top(&self, key: &str) -> Option<&'p Val<'p>> {
        self.root.get(key)
    }

    /// The sensitive strings of the plan, for redacting whole outputs.
    pub fn secrets(&self) -> impl Iterator<Item = &str> {
        self.secrets.iter().copied()
    }

    /// `text` with every sensitive value of the plan replaced: a last guard for messages.
    pub fn redact<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        let mut out = std::borrow::Cow::Borrowed(text);
        for s in &self.secrets {
            if out.contains(s) {
                out = std::borrow::Cow::Owned(out.replace(s, "(sensitive value)"));
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
        let mut seen: HashSet<String> = HashSet::new();
        let changes = root.get("resource_changes").and_then(Val::as_array);
        if let Some(changes) = changes {
            for rc in changes {
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
                    continue;
                }
                let module = rc
                    .get("module_address")
                    .and_then(Val::as_str)
                    .and_then(parse_module_address)
                    .unwrap_or_default();
                if let Some(mut r) =
                    self.make_resource(rc, module, action, values, unknown, sensitive)
                {
                    if let Some(b) = change.get("before").filter(|b| !b.is_null()) {
                        r.before = b;
                    }
                    if seen.insert(r.address.clone()) {
                        self.resources.push(r);
                    }
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
        seen: &mut HashSet<String>,
        depth: usize,
    ) {
        let module = m
            .get("address")
            .and_then(Val::as_str)
            .and_then(parse_module_address)
            .unwrap_or_default();
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
        module: Vec<ModStep>,
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
            address: String::new(),
            module,
            mode,
            rtype,
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
        };
        let maddr = module_address(&res.module);
        let idx = res.index.as_ref().map(Key::to_string).unwrap_or_default();
        res.address = if maddr.is_empty() {
            format!("{}{idx}", res.block())
        } else {
            format!("{maddr}.{}{idx}", res.block())
        };
        res.scope = self
            .scope_by_path
            .get(&module_config_path(&res.module))
            .copied();
        if let Some(s) = res.scope {
            res.config = self.config_blocks.get(&(s, res.block().as_str())).copied();
        }
        Some(res)
    }

    fn index(&mut self) {
        // Deterministic order whatever the input order: by address.
        self.resources.sort_by(|a, b| a.address.cmp(&b.address));
        for (id, r) in self.resources.iter().enumerate() {
            self.by_type.entry(r.rtype).or_default().push(id);
            let maddr = module_address(&r.module);
            let block = if maddr.is_empty() {
                r.block()
            } else {
                format!("{maddr}.{}", r.block())
            };
            self.by_block.entry(block).or_default().push(id);
            if let Some(s) = r.scope {
                self.by_scope_block
                    .entry((s, r.block()))
                    .or_default()
                    .push(id);
            }
            if r.is_deleted() {
                continue;
            }
            for key in ["id", "arn", "bucket", "name", "function_name"] {
                if let Some(Val::Str(v)) = r.values.get(key) {
                    if !v.is_empty() {
                        let ids = self.ids.entry(v.as_ref()).or_default();
                        if ids.last() != Some(&id) {
                            ids.push(id);
                        }
                    }
                }
            }
        }
    }

    fn link(&mut self) {
        let mut edges: Vec<Vec<Edge<'p>>> = vec![Vec::new(); self.resources.len()];
        let mut unresolved: HashMap<&'p str, HashMap<&'p str, Vec<Unresolved<'p>>>> =
            HashMap::new();
        for (from, r) in self.resources.iter().enumerate() {
            let mut seen: HashSet<(ResId, &'p str)> = HashSet::new();
            let mut push =
                |to: ResId, attr: &'p str, via: &Rc<str>, edges: &mut Vec<Vec<Edge<'p>>>| {
                    if to != from && seen.insert((to, attr)) {
                        edges[to].push(Edge {
                            from,
                            attr,
                            via: via.clone(),
                        });
                    }
                };
            if let Some(exprs) = r
                .config
                .and_then(|c| c.get("expressions"))
                .and_then(Val::as_object)
            {
                for (attr, expr) in exprs {
                    let mut leaves = Vec::new();
                    for e in expressions_in(expr) {
                        leaves.extend(self.resolve_from(r, e));
                    }
                    let mut dead = None;
                    for l in &leaves {
                        match &l.leaf {
                            Leaf::Resource { ids, reference } => {
                                let via: Rc<str> = l.via_text(reference).into();
                                for &to in ids {
                                    push(to, attr, &via, &mut edges);
                                }
                            }
                            Leaf::DeadEnd(why) => dead = Some(l.via_text(why)),
                            Leaf::Value(..) => {}
                        }
                    }
                    if let Some(reason) = dead {
                        if value::has_unknown(r, attr) && !r.is_deleted() {
                            unresolved
                                .entry(r.rtype)
                                .or_default()
                                .entry(attr)
                                .or_default()
                                .push(Unresolved { from, attr, reason });
                        }
                    }
                }
            }
            if !self.ids.is_empty() {
                if let Some(members) = r.values.as_object() {
                    for (attr, v) in members {
                        let mut found = Vec::new();
                        collect_strings(v, &mut |s| {
                            if let Some(ids) = self.ids.get(s) {
                                found.extend(ids.iter().map(|&i| (i, s.to_string())));
                            }
                        });
                        for (to, s) in found {
                            push(to, attr, &Rc::from(format!("known ID {s}")), &mut edges);
                        }
                    }
                }
            }
        }
        self.edges_in = edges;
        self.unresolved = unresolved;
    }

    /// Whether root variable `name` has `value` because that is its declared default.
    pub fn root_variable_is_default(&self, name: &str, value: &Val) -> bool {
        let default = self
            .scopes
            .first()
            .and_then(|s| s.module.get("variables"))
            .and_then(|v| v.get(name))
            .and_then(|v| v.get("default"));
        default == Some(value)
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

    /// Every attribute that is unknown in the plan and whose reference could not be followed.
    pub fn all_unresolved(&self) -> impl Iterator<Item = &Unresolved<'p>> {
        self.unresolved
            .values()
            .flat_map(|by_attr| by_attr.values().flatten())
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

fn strip_keys(module_address: &str) -> String {
    parse_module_address(module_address)
        .map(|p| module_config_path(&p))
        .unwrap_or_else(|| module_address.to_string())
}

/// The expression objects inside an attribute's configuration entry (blocks nest them).
fn expressions_in<'a, 'p>(expr: &'a Val<'p>) -> Vec<&'a Val<'p>> {
    let mut out = Vec::new();
    fn walk<'a, 'p>(v: &'a Val<'p>, out: &mut Vec<&'a Val<'p>>, depth: usize) {
        if depth > 32 {
            return;
        }
        match v {
            Val::Obj(_) if value::is_expression(v) => out.push(v),
            Val::Obj(members) => members.iter().for_each(|(_, m)| walk(m, out, depth + 1)),
            Val::Arr(items) => items.iter().for_each(|m| walk(m, out, depth + 1)),
            _ => {}
        }
    }
    walk(expr, &mut out, 0);
    out
}

fn collect_strings<'v>(v: &'v Val, f: &mut impl FnMut(&'v str)) {
    match v {
        Val::Str(s) => f(s),
        Val::Arr(items) => items.iter().for_each(|i| collect_strings(i, f)),
        Val::Obj(members) => members.iter().for_each(|(_, m)| collect_strings(m, f)),
        _ => {}
    }
}
