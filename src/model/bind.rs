//! Names bound to an element while an expression is evaluated: a `dynamic` block's iterator
//! (`statement.value`, `statement.key`) and a `for` expression's variables. One mechanism
//! serves both: a binding lives in the instance context ([`InstCtx::bound`]) of the expression
//! that introduces it, so it reaches exactly the expressions written inside it (a local, a
//! variable or an output is evaluated in its own context and never sees it), and a reference
//! to a bound name (`~name...`, see [`BOUND`]) is the element it is bound to.
//!
//! Collections are iterated in Terraform's order: a map or object by lexical key order, a
//! list or tuple by index. What cannot be decided (a collection or a length known only at
//! apply, a set, a body that is not a known value) stays as before: the references, or a dead
//! end with the reason.

use super::*;
use crate::source::expr::{BOUND, CALL, FOR};
use std::rc::Rc;

/// A `dynamic "name"` block of the source: its `for_each`, iterator name and content (its
/// arguments by path, `principals.0.identifiers`; and how many nested blocks of each name it
/// writes at each level, None when a `dynamic` one is among them).
#[derive(Debug)]
pub struct DynBlock {
    pub for_each: Val<'static>,
    pub iterator: String,
    pub content: HashMap<String, Val<'static>>,
    pub nested: HashMap<String, Option<usize>>,
}

/// One block of a name that `dynamic` blocks generate, in source order.
#[derive(Debug)]
pub enum Slot {
    /// A block written out (the plan's configuration lists it).
    Static,
    Dynamic(Box<DynBlock>),
    /// A `dynamic` block of a shape Terraform would reject.
    Unknown,
}

/// The key of a `dynamic` expansion node: `[iterator, for_each, key, expression]`, the
/// expression of one generated block's argument with `iterator.value` the element `key` of
/// `for_each` and `iterator.key` the key.
const WITH: &str = "tfaudit_with";

/// Block types whose blocks the plan lists in the order Terraform generates them (lists, not
/// sets): a `dynamic` block's blocks are paired with them by position. Others are paired only
/// when there is one block.
const ORDERED: &[(&str, &str)] = &[("aws_iam_policy_document", "statement")];

/// Nested blocks of data sources (the block table lists resources only): a `dynamic` one leaves
/// nothing in the configuration, and what the plan marks unknown in it is not "not set".
const DATA_BLOCKS: &[(&str, &[&str])] = &[(
    "aws_iam_policy_document",
    &[
        "statement",
        "statement.condition",
        "statement.not_principals",
        "statement.principals",
    ],
)];

/// Whether `path` (numeric indexes left out) of a data source of type `rtype` is a nested block.
pub(crate) fn data_block(rtype: &str, path: &str) -> bool {
    DATA_BLOCKS
        .iter()
        .any(|(t, blocks)| *t == rtype && blocks.contains(&path))
}

/// A name bound to a value: `name` is the steps that name it (`["sa"]`, `["statement",
/// "value"]`).
#[derive(Clone)]
pub(super) struct Binding<'p> {
    name: Rc<[String]>,
    to: Bound<'p>,
}

#[derive(Clone)]
enum Bound<'p> {
    /// A known value (a key, an element the plan knows).
    Value(&'p Val<'p>),
    /// Element `key` of collection `coll`, evaluated where the collection is written.
    At {
        coll: &'p Val<'p>,
        key: Key,
        ctx: Rc<InstCtx<'p>>,
    },
}

/// The innermost binding that names the start of `steps`, and how many steps name it.
fn find_binding<'a, 'p>(ctx: Option<&'a InstCtx<'p>>, steps: &[Step]) -> Option<&'a Binding<'p>> {
    ctx?.bound.iter().rev().find(|b| {
        b.name.len() <= steps.len()
            && b.name
                .iter()
                .zip(steps)
                .all(|(n, s)| matches!(s, Step::Name(x) if x == n))
    })
}

/// The elements of a collection, in Terraform's iteration order.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Elems {
    /// A map or object: its keys, sorted.
    Map(Vec<String>),
    /// A list or tuple: its length.
    List(usize),
}

impl Elems {
    fn keys(&self) -> Vec<Key> {
        match self {
            Elems::Map(keys) => keys.iter().map(|k| Key::Str(k.clone())).collect(),
            Elems::List(n) => (0..*n as i64).map(Key::Int).collect(),
        }
    }
}

/// Values built here, alive as long as the plan's (bounded like [`built`]).
/// Whether `node` is the bound name `name` itself (`k`, not `k.x` or `upper(k)`).
pub(super) fn is_bound_name(node: &Val, name: &str) -> bool {
    node.as_object().is_some_and(|m| m.len() == 1)
        && matches!(
            node.get("references").map(Val::strings).as_deref(),
            Some([r]) if r.strip_prefix(BOUND) == Some(name)
        )
}

fn keep<'p>(v: Val<'p>, size: usize) -> Option<&'p Val<'p>> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static KEPT: AtomicUsize = AtomicUsize::new(0);
    let total = KEPT.fetch_add(size, Ordering::Relaxed) + size;
    if total > MAX_BUILT {
        return None;
    }
    Some(Box::leak(Box::new(v)))
}

fn key_val<'p>(k: &Key) -> Option<&'p Val<'p>> {
    match k {
        Key::Int(i) => usize::try_from(*i)
            .ok()
            .and_then(|i| NUMBERS.get(i))
            .or_else(|| keep(Val::Num(*i as f64), 16)),
        Key::Str(s) => keep(Val::Str(s.clone().into()), s.len() + 16),
    }
}

/// A key as a map key: strings, and numbers and bools as Terraform converts them.
fn as_key(v: &Val) -> Option<String> {
    match v {
        Val::Str(s) => Some(s.to_string()),
        Val::Bool(b) => Some(b.to_string()),
        Val::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 => Some((*n as i64).to_string()),
        _ => None,
    }
}

/// The elements of a known value.
fn elems_of(v: &Val) -> Result<Elems, String> {
    match v {
        Val::Obj(m) => Ok(Elems::Map(m.iter().map(|(k, _)| k.to_string()).collect())),
        Val::Arr(items) => Ok(Elems::List(items.len())),
        _ => Err("not a collection".to_string()),
    }
}

/// The function tfaudit does not evaluate that `v` calls, directly or in a nested node (not
/// through a reference).
fn call_in(v: &Val, depth: usize) -> Option<String> {
    if depth > 64 {
        return Some("an expression too deep".into());
    }
    match v {
        Val::Obj(m) => m.iter().find_map(|(k, x)| match (k.as_ref(), x) {
            (CALL, Val::Str(name)) => Some(format!("{name}()")),
            ("references" | "constant_value", _) => None,
            _ => call_in(x, depth + 1),
        }),
        Val::Arr(items) => items.iter().find_map(|x| call_in(x, depth + 1)),
        _ => None,
    }
}

/// The most nodes a value built here may have.
const MAX_NODES: usize = 1 << 16;

fn nodes(v: &Val, depth: usize) -> usize {
    match v {
        _ if depth > 64 => MAX_NODES,
        Val::Arr(items) => 1 + items.iter().map(|x| nodes(x, depth + 1)).sum::<usize>(),
        Val::Obj(m) => 1 + m.iter().map(|(_, x)| nodes(x, depth + 1)).sum::<usize>(),
        _ => 1,
    }
}

/// A type constraint that keeps a collection's elements and their order: `map(...)` for a map
/// or object, `list(...)` or `tuple(...)` for a list (a `set` reorders and merges elements, an
/// `object` drops attributes it does not declare).
fn keeps(ty: Option<&str>, e: &Elems) -> bool {
    if !deep_safe(ty) {
        return false;
    }
    match (ty, e) {
        (None | Some("any"), _) => true,
        (Some(t), Elems::Map(_)) => t.starts_with("map("),
        (Some(t), Elems::List(_)) => t.starts_with("list(") || t.starts_with("tuple("),
    }
}

/// A type constraint that keeps the values inside a collection as written (see
/// `type_converts`).
fn deep_safe(ty: Option<&str>) -> bool {
    ty.is_none_or(|t| super::type_converts(t).is_none())
}

impl<'p> Stack<'p> {
    /// A `dynamic` expansion node or a `for` expression: true when `out` has its result.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn bind_node(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        expr: &'p Val<'p>,
        ctx: Option<&InstCtx<'p>>,
        path: &[Step],
        via: &mut Vec<Arc<str>>,
        out: &mut Vec<Resolved<'p>>,
        depth: usize,
    ) -> bool {
        if let Some(Val::Arr(parts)) = expr.get(WITH) {
            let [Val::Str(it), coll, key, inner] = &parts[..] else {
                return false;
            };
            let key = match key {
                Val::Str(s) => Key::Str(s.to_string()),
                Val::Num(n) => Key::Int(*n as i64),
                _ => return false,
            };
            let Some(kv) = key_val(&key) else {
                return false;
            };
            let base = self.base_ctx(scope, inst, ctx);
            let mut inner_ctx = base.clone();
            let at = Bound::At {
                coll,
                key,
                ctx: Rc::new(base),
            };
            inner_ctx.bound.push(Binding {
                name: [it.to_string(), "value".to_string()].into(),
                to: at,
            });
            inner_ctx.bound.push(Binding {
                name: [it.to_string(), "key".to_string()].into(),
                to: Bound::Value(kv),
            });
            self.resolve_in(
                memo,
                scope,
                inst,
                inner,
                Some(&inner_ctx),
                path,
                via,
                out,
                depth + 1,
            );
            return true;
        }
        if let Some(Val::Arr(parts)) = expr.get(FOR) {
            return self.for_value(memo, scope, inst, parts, ctx, path, via, out, depth);
        }
        false
    }

    fn base_ctx(
        &self,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        ctx: Option<&InstCtx<'p>>,
    ) -> InstCtx<'p> {
        match ctx {
            Some(c) if c.scope == scope => c.clone(),
            _ => InstCtx {
                scope,
                inst: inst.to_vec(),
                for_each: None,
                key: None,
                bound: Vec::new(),
            },
        }
    }

    /// The elements of a `for` expression that its condition keeps, each with its bindings
    /// and, of an object `for`, its key. Err: what cannot be decided.
    #[allow(clippy::too_many_arguments)]
    fn for_items(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        parts: &'p [Val<'p>],
        ctx: Option<&InstCtx<'p>>,
        only: Option<&Key>,
        via: &mut Vec<Arc<str>>,
        depth: usize,
    ) -> Result<Vec<(Option<String>, InstCtx<'p>)>, String> {
        let [Val::Str(_), kvar, Val::Str(vvar), coll, kexpr, _, cond] = parts else {
            return Err("a for expression tfaudit does not read".into());
        };
        if let Some(f) = call_in(kexpr, 0).or_else(|| call_in(cond, 0)) {
            return Err(format!("{f} is a function tfaudit does not evaluate"));
        }
        let elems = self.elements(memo, scope, inst, coll, ctx, &[], via, depth + 1)?;
        let mut keys = elems.keys();
        if let Some(k) = only {
            keys.retain(|x| x == k);
        }
        if !self.spend_n(keys.len()) {
            return Err(BUDGET_EXHAUSTED.into());
        }
        let base = self.base_ctx(scope, inst, ctx);
        let outer = Rc::new(base.clone());
        let mut items = Vec::new();
        for key in keys {
            let mut c = base.clone();
            c.bound.push(Binding {
                name: [vvar.to_string()].into(),
                to: Bound::At {
                    coll,
                    key: key.clone(),
                    ctx: outer.clone(),
                },
            });
            if let Val::Str(k) = kvar {
                let v = key_val(&key).ok_or("too many values built")?;
                c.bound.push(Binding {
                    name: [k.to_string()].into(),
                    to: Bound::Value(v),
                });
            }
            let one = |e: &'p Val<'p>, via: &mut Vec<Arc<str>>| -> Result<&'p Val<'p>, String> {
                let leaves = self.leaves_of(memo, scope, inst, e, Some(&c), &[], via, depth);
                match &leaves[..] {
                    [Resolved {
                        leaf: Leaf::Value(v, _),
                        ..
                    }] => Ok(*v),
                    _ => Err(leaves
                        .iter()
                        .find_map(|l| match &l.leaf {
                            Leaf::DeadEnd(w) => Some(w.clone()),
                            Leaf::Resource { reference, .. } => {
                                Some(format!("comes from {reference}"))
                            }
                            _ => None,
                        })
                        .unwrap_or_else(|| "several values".into())),
                }
            };
            if !matches!(cond, Val::Null) {
                match one(cond, via)? {
                    Val::Bool(true) => {}
                    Val::Bool(false) => continue,
                    _ => return Err("a for condition that is not a bool".into()),
                }
            }
            let k = match kexpr {
                Val::Null => None,
                e => Some(as_key(one(e, via)?).ok_or("a for key that is not a string")?),
            };
            items.push((k, c));
        }
        Ok(items)
    }

    /// `[for ...]` and `{for ...}` over a known collection: the element a path selects, or
    /// the whole value when every element is known (or every element is another resource's
    /// attribute). False when the collection is not known: the references, as the plan lists
    /// them.
    #[allow(clippy::too_many_arguments)]
    fn for_value(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        parts: &'p [Val<'p>],
        ctx: Option<&InstCtx<'p>>,
        path: &[Step],
        via: &mut Vec<Arc<str>>,
        out: &mut Vec<Resolved<'p>>,
        depth: usize,
    ) -> bool {
        let [Val::Str(kind), _, _, _, _, value, _] = parts else {
            return false;
        };
        let object = kind.as_ref() == "{";
        // `{for k, v in coll : k => ...}` read at one key: that element of `coll` alone.
        let by_key = match (object, path.first(), &parts[1], &parts[4]) {
            (true, Some(Step::Name(k) | Step::Index(Key::Str(k))), Val::Str(kvar), kexpr) => {
                is_bound_name(kexpr, kvar).then(|| Key::Str(k.clone()))
            }
            _ => None,
        };
        let items = match call_in(value, 0) {
            Some(f) => Err(format!("{f} is a function tfaudit does not evaluate")),
            None => self.for_items(memo, scope, inst, parts, ctx, by_key.as_ref(), via, depth),
        };
        let items = match items {
            Ok(items) => items,
            // The collection is not known: the references, as the plan lists them.
            Err(_) if !self.collection_known(memo, scope, inst, parts, ctx, via, depth) => {
                return false
            }
            Err(why) => {
                push_leaf(
                    out,
                    Leaf::DeadEnd(format!("a for expression tfaudit cannot evaluate ({why})")),
                    via,
                );
                return true;
            }
        };
        if object {
            let mut keys: Vec<&str> = items.iter().filter_map(|(k, _)| k.as_deref()).collect();
            keys.sort_unstable();
            let n = keys.len();
            keys.dedup();
            if keys.len() != n {
                // Terraform rejects a key produced twice (without `...`).
                push_leaf(
                    out,
                    Leaf::DeadEnd("a for expression that produces a key twice".into()),
                    via,
                );
                return true;
            }
        }
        // One element.
        if let Some(step) = path.first() {
            {
                let chosen = match (object, step) {
                    (true, Step::Name(k) | Step::Index(Key::Str(k))) => items
                        .iter()
                        .find(|(key, _)| key.as_deref() == Some(k.as_str())),
                    (false, Step::Index(Key::Int(i))) => {
                        usize::try_from(*i).ok().and_then(|i| items.get(i))
                    }
                    _ => None,
                };
                match chosen {
                    Some((_, c)) => self.resolve_in(
                        memo,
                        scope,
                        inst,
                        value,
                        Some(c),
                        &path[1..],
                        via,
                        out,
                        depth + 1,
                    ),
                    None => push_leaf(
                        out,
                        Leaf::DeadEnd(format!(
                            "a for expression's value has no {}",
                            path_text(&path[..1]).trim_start_matches('.')
                        )),
                        via,
                    ),
                }
                return true;
            }
        }
        // The whole value.
        let mut known: Vec<(Option<String>, &'p Val<'p>)> = Vec::new();
        let mut sensitive = false;
        let mut links = Vec::new();
        let mut why = None;
        for (k, c) in &items {
            let leaves = self.leaves_of(memo, scope, inst, value, Some(c), &[], via, depth);
            match &leaves[..] {
                [Resolved {
                    leaf: Leaf::Value(v, s),
                    ..
                }] => {
                    sensitive |= *s;
                    known.push((k.clone(), *v));
                }
                [l @ Resolved {
                    leaf:
                        Leaf::Resource {
                            ids, unsure: None, ..
                        },
                    ..
                }] if !ids.is_empty() => links.push(l.clone()),
                _ => {
                    why.get_or_insert_with(|| {
                        leaves
                            .iter()
                            .find_map(|l| match &l.leaf {
                                Leaf::DeadEnd(w) => Some(w.clone()),
                                _ => None,
                            })
                            .unwrap_or_else(|| "an element tfaudit cannot evaluate".into())
                    });
                }
            }
        }
        if why.is_none() && known.is_empty() && !links.is_empty() {
            // Every element is another resource's attribute: a collection of those.
            out.extend(links);
            return true;
        }
        if why.is_none() && links.is_empty() {
            let mut size = 0;
            let built = if object {
                let mut m: Vec<(String, Val<'p>)> = known
                    .into_iter()
                    .map(|(k, v)| {
                        size += nodes(v, 0);
                        (k.unwrap_or_default(), v.clone())
                    })
                    .collect();
                m.sort_by(|a, b| a.0.cmp(&b.0));
                Val::Obj(m.into_iter().map(|(k, v)| (k.into(), v)).collect())
            } else {
                Val::Arr(
                    known
                        .into_iter()
                        .map(|(_, v)| {
                            size += nodes(v, 0);
                            v.clone()
                        })
                        .collect(),
                )
            };
            if size < MAX_NODES {
                if let Some(v) = keep(built, size * 32) {
                    push_leaf(out, Leaf::Value(v, sensitive), via);
                    return true;
                }
            }
            why = Some("too large to evaluate".into());
        }
        let why = why.unwrap_or_else(|| {
            "its elements mix known values and values known only at apply".into()
        });
        push_leaf(
            out,
            Leaf::DeadEnd(format!("a for expression tfaudit cannot evaluate ({why})")),
            via,
        );
        true
    }

    /// Whether a `for` expression's collection has elements tfaudit can count.
    #[allow(clippy::too_many_arguments)]
    fn collection_known(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        parts: &'p [Val<'p>],
        ctx: Option<&InstCtx<'p>>,
        via: &mut Vec<Arc<str>>,
        depth: usize,
    ) -> bool {
        parts.get(3).is_some_and(|coll| {
            self.elements(memo, scope, inst, coll, ctx, &[], via, depth + 1)
                .is_ok()
        })
    }

    /// A reference to a bound name (`statement.value.arn`, without its `~`): the element it is
    /// bound to, with `path` below it.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn bound_ref(
        &self,
        memo: &RefCell<Memo<'p>>,
        reference: &str,
        ctx: Option<&InstCtx<'p>>,
        path: &[Step],
        via: &mut Vec<Arc<str>>,
        out: &mut Vec<Resolved<'p>>,
        depth: usize,
    ) {
        let found = traversal(reference).and_then(|steps| {
            let b = find_binding(ctx, &steps)?;
            let mut rest: Vec<Step> = steps[b.name.len()..].to_vec();
            rest.extend_from_slice(path);
            Some((b.to.clone(), rest))
        });
        let Some((to, rest)) = found else {
            let why = match reference.strip_prefix('(') {
                // A block of the plan that the source's blocks cannot be paired with.
                Some(why) => why.trim_end_matches(')').to_string(),
                None => format!(
                    "{} is bound by a for expression or dynamic block whose element tfaudit cannot tell",
                    reference.split(['.', '[']).next().unwrap_or(reference)
                ),
            };
            push_leaf(out, Leaf::DeadEnd(why), via);
            return;
        };
        match to {
            Bound::Value(v) => {
                let leaf = match navigate(v, &rest) {
                    Some(v) => Leaf::Value(v, false),
                    None => Leaf::DeadEnd(format!(
                        "{reference}: the element has no {}",
                        path_text(&rest).trim_start_matches('.')
                    )),
                };
                push_leaf(out, leaf, via);
            }
            Bound::At { coll, key, ctx } => {
                let mut steps = vec![Step::Index(key)];
                steps.extend(rest);
                self.resolve_in(
                    memo,
                    ctx.scope,
                    &ctx.inst,
                    coll,
                    Some(&ctx),
                    &steps,
                    via,
                    out,
                    depth + 1,
                );
            }
        }
    }

    /// Whether `a` is an attribute of a bound element that the element, an object written
    /// in the source, does not have (`try(statement.value.resources, [...])` skips it: reading
    /// it is an error).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn absent_member(
        &self,
        memo: &RefCell<Memo<'p>>,
        a: &'p Val<'p>,
        ctx: Option<&InstCtx<'p>>,
        via: &mut Vec<Arc<str>>,
        depth: usize,
    ) -> bool {
        let Val::Obj(members) = a else { return false };
        let refs = a.get("references").map(Val::strings).unwrap_or_default();
        let Some(longest) = refs.iter().max_by_key(|r| r.len()) else {
            return false;
        };
        if members.len() != 1 || refs.iter().any(|r| !longest.starts_with(r)) {
            return false;
        }
        let Some(steps) = longest.strip_prefix(BOUND).and_then(traversal) else {
            return false;
        };
        let Some(b) = find_binding(ctx, &steps) else {
            return false;
        };
        let Bound::At { coll, key, ctx } = &b.to else {
            return false;
        };
        let mut full = vec![Step::Index(key.clone())];
        full.extend_from_slice(&steps[b.name.len()..]);
        let Some(Step::Name(attr)) = full.pop() else {
            return false;
        };
        matches!(
            self.elements(memo, ctx.scope, &ctx.inst, coll, Some(ctx), &full, via, depth + 1),
            Ok(Elems::Map(keys)) if !keys.contains(&attr)
        )
    }

    /// The elements of collection `e` at `path`, followed through conditionals whose condition
    /// is known, object and tuple constructors, variables (module call arguments, the plan's
    /// values), locals, module outputs, `for` expressions and bound names. Err says why not.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn elements(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        e: &'p Val<'p>,
        ctx: Option<&InstCtx<'p>>,
        path: &[Step],
        via: &mut Vec<Arc<str>>,
        depth: usize,
    ) -> Result<Elems, String> {
        if depth > MAX_DEPTH || !self.spend() {
            return Err(BUDGET_EXHAUSTED.into());
        }
        if let Some(Val::Arr(parts)) = e.get(CONDITIONAL) {
            let [cond, then, other] = &parts[..] else {
                return Err("a conditional tfaudit does not read".into());
            };
            let leaves = self.leaves_of(memo, scope, inst, cond, ctx, &[], via, depth);
            let b = match &leaves[..] {
                [Resolved {
                    leaf: Leaf::Value(Val::Bool(b), _),
                    ..
                }] => *b,
                _ => return Err("a conditional whose condition is unknown until apply".into()),
            };
            let branch = if b { then } else { other };
            return self.elements(memo, scope, inst, branch, ctx, path, via, depth + 1);
        }
        if let Some(cv) = e.get("constant_value") {
            return navigate(cv, path).map_or_else(|| Err("a literal without it".into()), elems_of);
        }
        if let Some(Val::Str(f)) = e.get(CALL) {
            return Err(format!("{f}() is a function tfaudit does not evaluate"));
        }
        match (path.first(), e.get(MEMBERS), e.get(ITEMS)) {
            (None, Some(Val::Obj(m)), _) => {
                return Ok(Elems::Map(m.iter().map(|(k, _)| k.to_string()).collect()))
            }
            (None, _, Some(Val::Arr(items))) => return Ok(Elems::List(items.len())),
            (Some(Step::Name(k) | Step::Index(Key::Str(k))), Some(m @ Val::Obj(_)), _) => {
                return match m.get(k) {
                    Some(x) => self.elements(memo, scope, inst, x, ctx, &path[1..], via, depth + 1),
                    None => Err(format!("an object without {k}")),
                };
            }
            (Some(Step::Index(Key::Int(i))), _, Some(Val::Arr(items))) => {
                return match usize::try_from(*i).ok().and_then(|i| items.get(i)) {
                    Some(x) => self.elements(memo, scope, inst, x, ctx, &path[1..], via, depth + 1),
                    None => Err(format!("a tuple without element {i}")),
                };
            }
            _ => {}
        }
        // `{ for k, v in m : k => v if c }`, `c` naming neither: `m` when `c` holds, else empty.
        if let (Some(Val::Arr(parts)), true) = (e.get(FILTER), path.is_empty()) {
            let holds = match &parts[..] {
                [_] => true,
                [_, cond] => {
                    match &self.leaves_of(memo, scope, inst, cond, ctx, &[], via, depth)[..] {
                        [Resolved {
                            leaf: Leaf::Value(Val::Bool(b), _),
                            ..
                        }] => *b,
                        _ => return Err("a for condition unknown until apply".into()),
                    }
                }
                _ => return Err("a for expression tfaudit does not read".into()),
            };
            if !holds {
                return Ok(Elems::Map(Vec::new()));
            }
            return match self.elements(memo, scope, inst, &parts[0], ctx, &[], via, depth + 1)? {
                m @ Elems::Map(_) => Ok(m),
                // Over a list, the keys are its indices as strings, in another order.
                Elems::List(_) => Err("a for expression over a list, as a map".into()),
            };
        }
        if let (Some(Val::Arr(parts)), true) = (e.get(FOR), path.is_empty()) {
            let object = matches!(parts.first(), Some(Val::Str(k)) if k.as_ref() == "{");
            let items = self.for_items(memo, scope, inst, parts, ctx, None, via, depth)?;
            if !object {
                return Ok(Elems::List(items.len()));
            }
            let mut keys: Vec<String> = items.into_iter().filter_map(|(k, _)| k).collect();
            keys.sort();
            let n = keys.len();
            keys.dedup();
            return match keys.len() == n {
                true => Ok(Elems::Map(keys)),
                false => Err("a for expression that produces a key twice".into()),
            };
        }
        // One reference (the others its prefixes): followed.
        let refs = e.get("references").map(Val::strings).unwrap_or_default();
        if let (Val::Obj(members), Some(longest)) = (e, refs.iter().max_by_key(|r| r.len())) {
            if members.len() == 1 && refs.iter().all(|r| longest.starts_with(r)) {
                if let Some(found) =
                    self.elements_of_ref(memo, scope, inst, longest, ctx, path, via, depth)
                {
                    return found;
                }
            }
        }
        // A root module variable's value or the instance's each.value: a known value. (Other
        // expressions are not followed: a function they pass through is not seen here.)
        let plain = match (e, refs.iter().max_by_key(|r| r.len())) {
            (Val::Obj(m), Some(longest)) => {
                m.len() == 1
                    && refs.iter().all(|r| longest.starts_with(r))
                    && (longest.starts_with("each.")
                        || (longest.starts_with("var.") && self.scopes[scope].parent.is_none()))
            }
            _ => false,
        };
        if !plain {
            return Err("not a collection tfaudit can count".into());
        }
        let leaves = self.leaves_of(memo, scope, inst, e, ctx, path, via, depth);
        match &leaves[..] {
            [Resolved {
                leaf: Leaf::Value(v, _),
                via: lv,
            }] => {
                let found = elems_of(v)?;
                // Variables passed through must keep the collection as it is.
                for passed in lv {
                    if let Some((module, name)) = passed.rsplit_once("var.") {
                        let module = module.trim_end_matches('.');
                        let ty = self.source.and_then(|s| s.var_type(module, name));
                        if !keeps(ty, &found) {
                            return Err(format!("{passed} converts it to its type"));
                        }
                    }
                }
                Ok(found)
            }
            _ => Err(leaves
                .iter()
                .find_map(|l| match &l.leaf {
                    Leaf::DeadEnd(w) => Some(w.clone()),
                    Leaf::Resource { reference, .. } => Some(format!("comes from {reference}")),
                    _ => None,
                })
                .unwrap_or_else(|| "not a known collection".into())),
        }
    }

    /// [`Stack::elements`] of a reference: a bound name, `var.x`, `local.x` or `module.m.out`
    /// (of a call without count or for_each); None for other references.
    #[allow(clippy::too_many_arguments)]
    fn elements_of_ref(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        reference: &str,
        ctx: Option<&InstCtx<'p>>,
        path: &[Step],
        via: &mut Vec<Arc<str>>,
        depth: usize,
    ) -> Option<Result<Elems, String>> {
        if let Some(bound) = reference.strip_prefix(BOUND) {
            let steps = traversal(bound)?;
            let b = find_binding(ctx, &steps)?;
            let mut rest: Vec<Step> = steps[b.name.len()..].to_vec();
            rest.extend_from_slice(path);
            return match &b.to {
                Bound::Value(_) => None,
                Bound::At { coll, key, ctx } => {
                    let mut steps = vec![Step::Index(key.clone())];
                    steps.extend(rest);
                    Some(self.elements(
                        memo,
                        ctx.scope,
                        &ctx.inst,
                        coll,
                        Some(ctx),
                        &steps,
                        via,
                        depth + 1,
                    ))
                }
            };
        }
        let steps = traversal(reference)?;
        let names: Vec<&str> = steps
            .iter()
            .map_while(|s| match s {
                Step::Name(n) => Some(n.as_str()),
                _ => None,
            })
            .collect();
        let source = self.source?;
        let sc = &self.scopes[scope];
        let below = |n: usize| {
            let mut p: Vec<Step> = steps[n..].to_vec();
            p.extend_from_slice(path);
            p
        };
        match names[..] {
            ["var", name, ..] => {
                let (parent, call) = (sc.parent?, sc.call?);
                let ty = source.var_type(&sc.path, name);
                let sub = below(2);
                let kept = |f: &Elems| match sub.is_empty() {
                    true => keeps(ty, f),
                    false => deep_safe(ty),
                };
                let checked = |f: Elems| match kept(&f) {
                    true => Ok(f),
                    false => Err(format!(
                        "{} converts it to its type",
                        qualified(&sc.path, &format!("var.{name}"))
                    )),
                };
                let Some(arg) = call.get("expressions").and_then(|x| x.get(name)) else {
                    // Not passed: its default.
                    let d = sc.module.get("variables")?.get(name)?.get("default")?;
                    return Some(
                        navigate(d, &sub)
                            .ok_or_else(|| "a default without it".to_string())
                            .and_then(elems_of)
                            .and_then(checked),
                    );
                };
                let call_name = sc.path.rsplit('.').next().unwrap_or("");
                let arg = self.richer(arg, || {
                    source.call(&self.scopes[parent].path, call_name, name)
                });
                // The call's own count or for_each: its argument is read per instance.
                if call.get("count_expression").is_some()
                    || call.get("for_each_expression").is_some()
                {
                    return None;
                }
                let up = &inst[..inst.len().saturating_sub(1)];
                let found = self.elements(memo, parent, up, arg, None, &sub, via, depth + 1);
                Some(found.and_then(checked))
            }
            ["local", name, ..] => {
                let e = source.local(&sc.path, name)?;
                Some(self.elements(memo, scope, inst, e, None, &below(2), via, depth + 1))
            }
            ["module", m, output, ..] => {
                let child = *sc.children.get(m)?;
                let call = sc.module.get("module_calls").and_then(|c| c.get(m))?;
                if call.get("count_expression").is_some()
                    || call.get("for_each_expression").is_some()
                {
                    return None;
                }
                let e = source.output(&self.scopes[child].path, output)?;
                let mut inst = inst.to_vec();
                inst.push((m.to_string(), KeyMatch::Exact(None)));
                Some(self.elements(memo, child, &inst, e, None, &below(3), via, depth + 1))
            }
            _ => None,
        }
    }

    /// The expression of `path` in a block that `dynamic` blocks generate, paired with the
    /// plan's blocks in Terraform's expansion order (blocks in source order, a dynamic block's
    /// in its for_each's order): Some(expression) or Some(None) (not set) when paired; a dead
    /// end when static blocks of the name are mixed in and the pairing cannot be told; None
    /// when the source writes no `dynamic` block of the name, or when it can only say what the
    /// plan's configuration says.
    pub(crate) fn dynamic_expr(&self, r: &Resource<'p>, path: &str) -> Option<Option<&'p Val<'p>>> {
        let source = self.source?;
        let mut segs = path.split('.').filter(|s| !s.is_empty());
        let name = segs.next()?;
        if !source.dynamic_names.contains(name) {
            return None;
        }
        let module = crate::model::address::module_config_path(&r.module);
        let block = r.block();
        let slots = source.dynamic(&module, &block, name)?;
        let i: usize = segs.next()?.parse().ok()?;
        // The static blocks before the first dynamic one are the plan's first blocks, as its
        // configuration lists them; a static block after a dynamic one is the plan's block of
        // an index only the expansion tells.
        let leading = slots
            .iter()
            .take_while(|s| matches!(s, Slot::Static))
            .count();
        let mixed = slots[leading..].iter().any(|s| matches!(s, Slot::Static));
        let unpaired = |why: &str| -> Option<Option<&'p Val<'p>>> {
            (mixed && i >= leading).then(|| {
                let text = format!(
                    "{BOUND}(which {name} block of the source this is cannot be told: {why})"
                );
                keep(
                    Val::Obj(
                        [(
                            "references".into(),
                            Val::Arr([Val::Str(text.into())].into()),
                        )]
                        .into(),
                    ),
                    64,
                )
            })
        };
        let rest: Vec<&str> = segs.collect();
        if rest.is_empty() {
            return None;
        }
        let expanded = match self.expansion(r, name, slots)? {
            Ok(e) => e,
            Err(why) => return unpaired(&why),
        };
        let (n, key) = expanded.get(i)?.clone();
        let Slot::Dynamic(d) = &slots[n] else {
            // A block written out: the plan's configuration lists it among the static ones.
            let Key::Int(k) = key else { return None };
            let mut remapped = format!("{name}.{k}");
            for s in &rest {
                remapped.push('.');
                remapped.push_str(s);
            }
            return Some(self.expr_in_config(r, &remapped));
        };
        // Nested blocks of the content: paired when the plan has as many as the content
        // writes, and one (a set's order is not the source's).
        let mut prefix = String::new();
        let mut at = format!("{name}.{i}");
        let mut it = rest.iter().peekable();
        while let Some(seg) = it.next() {
            let is_index = it.peek().is_some_and(|n| n.parse::<usize>().is_ok());
            if !is_index {
                prefix.push_str(seg);
                break;
            }
            let idx = it.next().unwrap_or(&"");
            let written = d.nested.get(&format!("{prefix}{seg}")).copied().flatten();
            at.push('.');
            at.push_str(seg);
            let planned = crate::model::value::count(r.values, &at);
            if written != Some(planned) || planned > 1 {
                return unpaired("nested blocks cannot be paired");
            }
            at.push('.');
            at.push_str(idx);
            prefix.push_str(&format!("{seg}.{idx}."));
        }
        if it.peek().is_some() {
            // A path below an argument (`tags.Name`): not a question of the content's.
            return None;
        }
        let Some(e) = d.content.get(&prefix) else {
            // A whole block, or an argument the content does not set.
            let block_path = format!("{prefix}.");
            return match d.content.keys().any(|k| k.starts_with(&block_path)) {
                true => None,
                false => Some(None),
            };
        };
        // Without a bound name, the content's expression is the block's, shape and all.
        let mut refs = Vec::new();
        crate::source::expr::nested_references(e, &mut refs, 0);
        if !refs.iter().any(|r| r.starts_with(BOUND)) {
            return Some(Some(e));
        }
        let key_val = match &key {
            Key::Int(k) => Val::Num(*k as f64),
            Key::Str(s) => Val::Str(s.clone().into()),
        };
        let node = self.with_node(&d.iterator, &d.for_each, key_val, e)?;
        Some(Some(node))
    }

    /// The blocks named `name` of `r` in Terraform's expansion order, each as its slot and its
    /// element key (a static block: its index among the static ones), computed once per
    /// resource; Err says why they cannot be paired with the plan's. None without a context.
    #[allow(clippy::type_complexity)]
    fn expansion(
        &self,
        r: &Resource<'p>,
        name: &str,
        slots: &[Slot],
    ) -> Option<Result<Arc<Vec<(usize, Key)>>, String>> {
        let id = (
            r.values as *const Val as usize,
            format!("{} {name}", r.address),
        );
        if let Some(hit) = self.expansions.lock().ok()?.get(&id) {
            return Some(hit.clone());
        }
        let (_, _, ctx) = self.instance_ctx(r)?;
        let memo = RefCell::default();
        let mut via = Vec::new();
        let mut expanded: Vec<(usize, Key)> = Vec::new();
        let mut statics = 0;
        let mut why = None;
        for (n, slot) in slots.iter().enumerate() {
            match slot {
                Slot::Static => {
                    expanded.push((n, Key::Int(statics)));
                    statics += 1;
                }
                Slot::Dynamic(d) => {
                    match self.elements(
                        &memo,
                        ctx.scope,
                        &ctx.inst,
                        &d.for_each,
                        Some(&ctx),
                        &[],
                        &mut via,
                        0,
                    ) {
                        Ok(e) => expanded.extend(e.keys().into_iter().map(|k| (n, k))),
                        Err(w) => {
                            why = Some(format!("the for_each of a dynamic block: {w}"));
                            break;
                        }
                    }
                }
                Slot::Unknown => {
                    why = Some("a dynamic block tfaudit does not read".to_string());
                    break;
                }
            }
        }
        let planned = crate::model::value::count(r.values, name);
        let ordered = ORDERED.contains(&(r.rtype, name)) || expanded.len() <= 1;
        if why.is_none() && (expanded.len() != planned || !ordered) {
            why = Some("the plan's blocks cannot be paired with the source's".to_string());
        }
        let found = match why {
            Some(w) => Err(w),
            None => Ok(Arc::new(expanded)),
        };
        // Kept unless the running rule's budget ran out on the way (another rule, on another
        // thread, asks again with its own): the answer does not depend on which rule asked.
        if found.is_ok() || self.spend_n(0) {
            self.expansions.lock().ok()?.insert(id, found.clone());
        }
        Some(found)
    }

    /// The expansion node of `e` with `iterator` bound to element `key` of `for_each`, built
    /// once per stack.
    fn with_node(
        &self,
        iterator: &str,
        for_each: &'p Val<'static>,
        key: Val<'static>,
        e: &'p Val<'static>,
    ) -> Option<&'p Val<'p>> {
        let id = (
            e as *const Val as usize,
            for_each as *const Val as usize,
            key.to_json(),
        );
        let mut cache = self.bound_nodes.lock().ok()?;
        if let Some(v) = cache.get(&id) {
            return Some(v);
        }
        let refs = e.get("references").cloned().unwrap_or(Val::Arr([].into()));
        let node = Val::Obj(
            [
                ("references".into(), refs),
                (
                    WITH.into(),
                    Val::Arr(
                        [
                            Val::Str(iterator.to_string().into()),
                            for_each.clone(),
                            key,
                            e.clone(),
                        ]
                        .into(),
                    ),
                ),
            ]
            .into(),
        );
        let size = nodes(&node, 0);
        let v: &'static Val<'static> = keep(node, size * 32)?;
        cache.insert(id, v);
        Some(v)
    }
}
